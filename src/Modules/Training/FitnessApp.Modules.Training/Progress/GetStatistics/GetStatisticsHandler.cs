using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Progress.GetStatistics;

/// <summary>Two indexed queries on (OwnerId, LocalDate): the 12 periods' activities summed per day (weeks) or per month or year, and sport; and the active dates.</summary>
internal sealed class GetStatisticsHandler(TrainingDbContext db, TimeProvider clock, IMediator mediator) : IRequestHandler<GetStatistics, StatisticsResponse>
{
    public async Task<StatisticsResponse> Handle(GetStatistics request, CancellationToken cancellationToken)
    {
        var kind = WireNames.Parse<PeriodKind>(request.Period ?? GetStatistics.DefaultPeriod);
        var profile = await AthleteProfiles.LoadAsync(mediator, request.OwnerId, cancellationToken);
        var today = AthleteProfiles.Today(profile, clock);
        var date = ProgressQueries.TryParseDate(request.From, out var from) ? from : today;
        var starts = Periods.LastStarts(kind, date, GetStatistics.SeriesLength);
        var first = starts[0];
        var end = Periods.Add(kind, starts[^1], 1);

        var inRange = db.Activities.AsNoTracking().Where(a => a.OwnerId == request.OwnerId && a.LocalDate >= first && a.LocalDate < end);
        var rows = kind switch
        {
            // Months and years are grouped in SQL by their parts, so a 12-year series returns at most 12 × sports rows.
            PeriodKind.Year => (await inRange.GroupBy(a => new { a.LocalDate.Year, a.Sport })
                    .Select(g => new { g.Key.Year, Month = 1, g.Key.Sport, Count = g.Count(), Distance = g.Sum(a => a.DistanceMeters ?? 0), Moving = g.Sum(a => (long)a.MovingSeconds), Elevation = g.Sum(a => a.ElevationGainMeters ?? 0), Calories = g.Sum(a => (long)(a.Calories ?? 0)) })
                    .ToListAsync(cancellationToken))
                .Select(r => new DayRow(new DateOnly(r.Year, r.Month, 1), r.Sport, r.Count, r.Distance, r.Moving, r.Elevation, r.Calories)).ToList(),
            PeriodKind.Month => (await inRange.GroupBy(a => new { a.LocalDate.Year, a.LocalDate.Month, a.Sport })
                    .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Sport, Count = g.Count(), Distance = g.Sum(a => a.DistanceMeters ?? 0), Moving = g.Sum(a => (long)a.MovingSeconds), Elevation = g.Sum(a => a.ElevationGainMeters ?? 0), Calories = g.Sum(a => (long)(a.Calories ?? 0)) })
                    .ToListAsync(cancellationToken))
                .Select(r => new DayRow(new DateOnly(r.Year, r.Month, 1), r.Sport, r.Count, r.Distance, r.Moving, r.Elevation, r.Calories)).ToList(),
            _ => await inRange.GroupBy(a => new { a.LocalDate, a.Sport })
                .Select(g => new DayRow(g.Key.LocalDate, g.Key.Sport, g.Count(), g.Sum(a => a.DistanceMeters ?? 0), g.Sum(a => (long)a.MovingSeconds), g.Sum(a => a.ElevationGainMeters ?? 0), g.Sum(a => (long)(a.Calories ?? 0))))
                .ToListAsync(cancellationToken),
        };
        var activeDates = await db.Activities.AsNoTracking()
            .Where(a => a.OwnerId == request.OwnerId)
            .Select(a => a.LocalDate)
            .Distinct()
            .OrderBy(d => d)
            .ToListAsync(cancellationToken);

        var series = starts.Select(start => Summarize(start, Periods.Add(kind, start, 1), rows)).ToList();
        return new StatisticsResponse(kind, series[^1], series, Streaks.Compute(activeDates, today));
    }

    internal static PeriodTotals Summarize(DateOnly start, DateOnly end, IEnumerable<DayRow> rows)
    {
        var inPeriod = rows.Where(r => r.Date >= start && r.Date < end).ToList();
        var bySport = inPeriod
            .GroupBy(r => r.Sport)
            .Select(g => new SportTotals(g.Key, g.Sum(r => r.Count), g.Sum(r => r.DistanceMeters), g.Sum(r => r.MovingSeconds), g.Sum(r => r.ElevationGainMeters), g.Sum(r => r.Calories)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Sport)
            .ToList();
        var total = new Totals(
            bySport.Sum(s => s.Count), bySport.Sum(s => s.DistanceMeters), bySport.Sum(s => s.MovingSeconds), bySport.Sum(s => s.ElevationGainMeters), bySport.Sum(s => s.Calories));
        return new PeriodTotals(start, end.AddDays(-1), total, bySport);
    }

    internal sealed record DayRow(DateOnly Date, Sport Sport, int Count, double DistanceMeters, long MovingSeconds, double ElevationGainMeters, long Calories);
}
