using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Streams;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.GetActivityStreams;

/// <summary>Same visibility as the activity (owner or public, otherwise 404); 404 too for an activity without a track.</summary>
internal sealed class GetActivityStreamsHandler(TrainingDbContext db) : IRequestHandler<GetActivityStreams, ActivityStreamsResponse>
{
    public async Task<ActivityStreamsResponse> Handle(GetActivityStreams request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken);
        if (activity is null || !activity.IsVisibleTo(request.ViewerId))
        {
            throw ActivityLoading.NotFound(request.ActivityId);
        }

        var data = await db.ActivityStreams.AsNoTracking()
            .Where(s => s.ActivityId == activity.Id)
            .Select(s => s.Data)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("ActivityStream", request.ActivityId);
        int? maxPoints = request.Resolution switch
        {
            null => GetActivityStreams.DefaultResolution,
            GetActivityStreams.Full => null,
            var r => int.Parse(r, System.Globalization.CultureInfo.InvariantCulture),
        };
        return ActivityStreamsResponse.From(StreamCodec.Decode(data), maxPoints);
    }
}
