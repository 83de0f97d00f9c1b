using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.ListActivities;

internal sealed class ListActivitiesHandler(TrainingDbContext db) : IRequestHandler<ListActivities, Page<ActivityResponse>>
{
    public async Task<Page<ActivityResponse>> Handle(ListActivities request, CancellationToken cancellationToken)
    {
        var query = db.Activities.AsNoTracking().Where(a => a.OwnerId == request.OwnerId);
        if (request.Sport is not null)
        {
            var sport = WireNames.Parse<Sport>(request.Sport);
            query = query.Where(a => a.Sport == sport);
        }

        if (request.From is { } from)
        {
            var fromUtc = from.UtcDateTime;
            query = query.Where(a => a.StartTime >= fromUtc);
        }

        if (request.To is { } to)
        {
            var toUtc = to.UtcDateTime;
            query = query.Where(a => a.StartTime < toUtc);
        }

        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(a => a.StartTime < after.At || (a.StartTime == after.At && a.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query
            .OrderByDescending(a => a.StartTime).ThenByDescending(a => a.Id)
            .Take(request.Limit + 1)
            .WithExercises()
            .ToListAsync(cancellationToken);
        var items = rows.Take(request.Limit).Select(ActivityResponse.From).ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(rows[request.Limit - 1].StartTime, rows[request.Limit - 1].Id).Encode() : null;
        return new Page<ActivityResponse>(items, next);
    }
}
