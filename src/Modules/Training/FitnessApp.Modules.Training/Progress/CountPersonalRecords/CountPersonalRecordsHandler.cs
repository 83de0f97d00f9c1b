using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Progress.CountPersonalRecords;

/// <summary>An effort is a record when no other effort of the athlete at that sport and distance was faster (a tie keeps it).</summary>
internal sealed class CountPersonalRecordsHandler(TrainingDbContext db) : IRequestHandler<Contracts.Progress.CountPersonalRecords, int>
{
    public Task<int> Handle(Contracts.Progress.CountPersonalRecords request, CancellationToken cancellationToken) =>
        db.ActivityBestEfforts.AsNoTracking()
            .Where(e => e.ActivityId == request.ActivityId && e.OwnerId == request.AthleteId)
            .CountAsync(e => !db.ActivityBestEfforts.Any(o =>
                o.OwnerId == e.OwnerId && o.Sport == e.Sport && o.DistanceMeters == e.DistanceMeters && o.Seconds < e.Seconds), cancellationToken);
}
