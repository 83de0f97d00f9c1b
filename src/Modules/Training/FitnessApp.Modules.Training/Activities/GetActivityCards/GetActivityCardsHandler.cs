using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Streams;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.GetActivityCards;

internal sealed class GetActivityCardsHandler(TrainingDbContext db) : IRequestHandler<Contracts.Activities.GetActivityCards, IReadOnlyList<ActivityCard>>
{
    public async Task<IReadOnlyList<ActivityCard>> Handle(Contracts.Activities.GetActivityCards request, CancellationToken cancellationToken)
    {
        var ids = request.ActivityIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var streams = await db.ActivityStreams.AsNoTracking()
            .Where(s => ids.Contains(s.ActivityId) && (s.Channels & StreamChannels.Position) != 0)
            .Select(s => new { s.ActivityId, s.Data })
            .ToDictionaryAsync(s => s.ActivityId, s => s.Data, cancellationToken);
        return activities
            .Select(a => new ActivityCard(
                a.Id,
                a.OwnerId,
                a.Sport,
                a.Title,
                a.StartTime,
                a.TimeZone,
                a.DistanceMeters,
                a.MovingSeconds,
                a.ElapsedSeconds,
                a.ElevationGainMeters,
                a.Visibility,
                streams.TryGetValue(a.Id, out var data) ? RouteThinning.Thin(StreamCodec.Decode(data), ActivityCard.RouteMaxPoints) : []))
            .ToList();
    }
}
