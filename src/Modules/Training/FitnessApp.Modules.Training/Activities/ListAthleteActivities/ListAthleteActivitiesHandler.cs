using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.ListAthleteActivities;

internal sealed class ListAthleteActivitiesHandler(TrainingDbContext db)
    : IRequestHandler<Contracts.Activities.ListAthleteActivities, Page<AthleteActivitySummary>>
{
    public async Task<Page<AthleteActivitySummary>> Handle(Contracts.Activities.ListAthleteActivities request, CancellationToken cancellationToken)
    {
        var visibilities = request.Visibilities.Distinct().ToList();
        if (visibilities.Count == 0)
        {
            return new Page<AthleteActivitySummary>([], null);
        }

        var query = db.Activities.AsNoTracking().Where(a => a.OwnerId == request.OwnerId && visibilities.Contains(a.Visibility));
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(a => a.StartTime < after.At || (a.StartTime == after.At && a.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query
            .OrderByDescending(a => a.StartTime).ThenByDescending(a => a.Id)
            .Take(request.Limit + 1)
            .Select(a => new AthleteActivitySummary(
                a.Id, a.Sport, a.Title, a.StartTime, a.DistanceMeters, a.MovingSeconds, a.ElevationGainMeters, a.Visibility))
            .ToListAsync(cancellationToken);
        var items = rows.Take(request.Limit).ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(items[^1].StartTime, items[^1].Id).Encode() : null;
        return new Page<AthleteActivitySummary>(items, next);
    }
}
