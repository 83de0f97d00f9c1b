using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Progress;

internal static class ProgressQueries
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The athlete's summed training load per local date, up to and including <paramref name="to"/> (grouped in SQL).</summary>
    public static async Task<Dictionary<DateOnly, double>> DailyLoadsAsync(TrainingDbContext db, Guid ownerId, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.OwnerId == ownerId && a.LocalDate <= to)
            .GroupBy(a => a.LocalDate)
            .Select(g => new { Date = g.Key, Load = g.Sum(a => a.TrainingLoad ?? 0) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Date, r => r.Load);
    }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
}
