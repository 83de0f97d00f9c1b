using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Statistics;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Progress.GetRecords;

/// <summary>
/// The best row per sport for each measure is picked in SQL (a window per group); ties go to the earlier activity.
/// Best efforts come from ActivityBestEfforts through its (OwnerId, Sport, DistanceMeters, Seconds) index.
/// </summary>
internal sealed class GetRecordsHandler(TrainingDbContext db) : IRequestHandler<GetRecords, RecordsResponse>
{
    public async Task<RecordsResponse> Handle(GetRecords request, CancellationToken cancellationToken)
    {
        var mine = db.Activities.AsNoTracking().Where(a => a.OwnerId == request.OwnerId);
        var distance = await mine.Where(a => a.DistanceMeters > 0)
            .GroupBy(a => a.Sport)
            .Select(g => g.OrderByDescending(a => a.DistanceMeters).ThenBy(a => a.StartTime)
                .Select(a => new Row(a.Sport, a.Id, a.LocalDate, a.DistanceMeters!.Value)).First())
            .ToListAsync(cancellationToken);
        var moving = await mine.Where(a => a.MovingSeconds > 0)
            .GroupBy(a => a.Sport)
            .Select(g => g.OrderByDescending(a => a.MovingSeconds).ThenBy(a => a.StartTime)
                .Select(a => new Row(a.Sport, a.Id, a.LocalDate, a.MovingSeconds)).First())
            .ToListAsync(cancellationToken);
        var elevation = await mine.Where(a => a.ElevationGainMeters > 0)
            .GroupBy(a => a.Sport)
            .Select(g => g.OrderByDescending(a => a.ElevationGainMeters).ThenBy(a => a.StartTime)
                .Select(a => new Row(a.Sport, a.Id, a.LocalDate, a.ElevationGainMeters!.Value)).First())
            .ToListAsync(cancellationToken);
        var efforts = await db.ActivityBestEfforts.AsNoTracking()
            .Where(e => e.OwnerId == request.OwnerId)
            .GroupBy(e => new { e.Sport, e.DistanceMeters })
            .Select(g => g.OrderBy(e => e.Seconds).ThenBy(e => e.LocalDate)
                .Select(e => new EffortRow(e.Sport, e.DistanceMeters, e.ActivityId, e.LocalDate, e.Seconds)).First())
            .ToListAsync(cancellationToken);

        var sports = distance.Select(r => r.Sport).Concat(moving.Select(r => r.Sport)).Concat(elevation.Select(r => r.Sport))
            .Concat(efforts.Select(e => e.Sport)).Distinct().Order().ToList();
        return new RecordsResponse(sports.Select(sport => new SportRecords(
            sport,
            Of(distance, sport),
            Of(moving, sport),
            Of(elevation, sport),
            efforts.Where(e => e.Sport == sport).OrderBy(e => e.DistanceMeters)
                .Select(e => new BestEffortRecord(NameOf(e.DistanceMeters), e.DistanceMeters, e.ActivityId, e.Date, e.Seconds)).ToList())).ToList());
    }

    private static PersonalRecord? Of(List<Row> rows, Sport sport) =>
        rows.FirstOrDefault(r => r.Sport == sport) is { } r ? new PersonalRecord(r.ActivityId, r.Date, r.Value) : null;

    private static string NameOf(double meters) =>
        TrackStatisticsOptions.StandardBestEfforts.FirstOrDefault(e => Math.Abs(e.Meters - meters) < 0.01).Name ?? $"{meters:0.#}m";

    private sealed record Row(Sport Sport, Guid ActivityId, DateOnly Date, double Value);

    private sealed record EffortRow(Sport Sport, double DistanceMeters, Guid ActivityId, DateOnly Date, double Seconds);
}
