using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Gear;

/// <summary>Metres and activity count per gear id, summed over the owner's activities in one grouped query.</summary>
internal sealed record GearUsage(double DistanceMeters, int ActivityCount)
{
    public static readonly GearUsage None = new(0, 0);
}

internal static class GearDistances
{
    public static async Task<Dictionary<Guid, GearUsage>> ForOwnerAsync(this TrainingDbContext db, Guid ownerId, Guid? gearId, CancellationToken cancellationToken)
    {
        var activities = db.Activities.AsNoTracking().Where(a => a.OwnerId == ownerId && a.GearId != null);
        if (gearId is { } id)
        {
            activities = activities.Where(a => a.GearId == id);
        }

        var rows = await activities
            .GroupBy(a => a.GearId!.Value)
            .Select(g => new { GearId = g.Key, Distance = g.Sum(a => a.DistanceMeters ?? 0), Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.GearId, r => new GearUsage(r.Distance, r.Count));
    }
}
