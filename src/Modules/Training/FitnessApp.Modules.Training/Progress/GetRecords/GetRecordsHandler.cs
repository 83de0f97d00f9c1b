using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Statistics;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Progress.GetRecords;

/// <summary>
/// Four small queries instead of a window per group: the maxima per sport, then the activities holding them (ties go
/// to the earlier start); the fastest time per sport and distance (an index-only scan of
/// IX_ActivityBestEfforts_OwnerId_Sport_DistanceMeters_Seconds), then the efforts with those times.
/// </summary>
internal sealed class GetRecordsHandler(TrainingDbContext db) : IRequestHandler<GetRecords, RecordsResponse>
{
    public async Task<RecordsResponse> Handle(GetRecords request, CancellationToken cancellationToken)
    {
        var mine = db.Activities.AsNoTracking().Where(a => a.OwnerId == request.OwnerId);
        var maxima = await mine
            .GroupBy(a => a.Sport)
            .Select(g => new { Sport = g.Key, Distance = g.Max(a => a.DistanceMeters), Moving = g.Max(a => a.MovingSeconds), Elevation = g.Max(a => a.ElevationGainMeters) })
            .ToListAsync(cancellationToken);
        var distances = maxima.Where(m => m.Distance > 0).Select(m => m.Distance!.Value).Distinct().ToList();
        var movings = maxima.Where(m => m.Moving > 0).Select(m => m.Moving).Distinct().ToList();
        var elevations = maxima.Where(m => m.Elevation > 0).Select(m => m.Elevation!.Value).Distinct().ToList();
        var holders = await mine
            .Where(a => (a.DistanceMeters != null && distances.Contains(a.DistanceMeters.Value))
                || movings.Contains(a.MovingSeconds)
                || (a.ElevationGainMeters != null && elevations.Contains(a.ElevationGainMeters.Value)))
            .Select(a => new { a.Id, a.Sport, a.StartTime, a.LocalDate, a.DistanceMeters, a.MovingSeconds, a.ElevationGainMeters })
            .ToListAsync(cancellationToken);
        holders = holders.OrderBy(a => a.StartTime).ToList();

        var fastest = await db.ActivityBestEfforts.AsNoTracking()
            .Where(e => e.OwnerId == request.OwnerId)
            .GroupBy(e => new { e.Sport, e.DistanceMeters })
            .Select(g => new { g.Key.Sport, g.Key.DistanceMeters, Seconds = g.Min(e => e.Seconds) })
            .ToListAsync(cancellationToken);
        var times = fastest.Select(f => f.Seconds).Distinct().ToList();
        var effortRows = await db.ActivityBestEfforts.AsNoTracking()
            .Where(e => e.OwnerId == request.OwnerId && times.Contains(e.Seconds))
            .Select(e => new EffortRow(e.Sport, e.DistanceMeters, e.ActivityId, e.LocalDate, e.Seconds))
            .ToListAsync(cancellationToken);
        var efforts = fastest
            .Select(f => effortRows.Where(e => e.Sport == f.Sport && e.DistanceMeters == f.DistanceMeters && e.Seconds == f.Seconds).OrderBy(e => e.Date).First())
            .ToList();

        return new RecordsResponse(maxima.Select(m => m.Sport).Order().Select(sport =>
        {
            var m = maxima.Single(x => x.Sport == sport);
            return new SportRecords(
                sport,
                m.Distance is > 0 && holders.FirstOrDefault(a => a.Sport == sport && a.DistanceMeters == m.Distance) is { } d ? new PersonalRecord(d.Id, d.LocalDate, m.Distance.Value) : null,
                m.Moving > 0 && holders.FirstOrDefault(a => a.Sport == sport && a.MovingSeconds == m.Moving) is { } t ? new PersonalRecord(t.Id, t.LocalDate, m.Moving) : null,
                m.Elevation is > 0 && holders.FirstOrDefault(a => a.Sport == sport && a.ElevationGainMeters == m.Elevation) is { } e ? new PersonalRecord(e.Id, e.LocalDate, m.Elevation.Value) : null,
                efforts.Where(e => e.Sport == sport).OrderBy(e => e.DistanceMeters)
                    .Select(e => new BestEffortRecord(NameOf(e.DistanceMeters), e.DistanceMeters, e.ActivityId, e.Date, e.Seconds)).ToList());
        }).ToList());
    }

    private static string NameOf(double meters) =>
        TrackStatisticsOptions.StandardBestEfforts.FirstOrDefault(e => Math.Abs(e.Meters - meters) < 0.01).Name ?? $"{meters:0.#}m";

    private sealed record EffortRow(Sport Sport, double DistanceMeters, Guid ActivityId, DateOnly Date, double Seconds);
}
