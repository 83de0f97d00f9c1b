using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Streams;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.GetActivity;

internal sealed class GetActivityHandler(TrainingDbContext db) : IRequestHandler<GetActivity, ActivityResponse>
{
    public async Task<ActivityResponse> Handle(GetActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().WithExercises().SingleOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken);
        if (activity is null || !activity.IsVisibleTo(request.ViewerId))
        {
            throw ActivityLoading.NotFound(request.ActivityId);
        }

        var statistics = await db.ActivityStreams.AsNoTracking()
            .Where(s => s.ActivityId == activity.Id)
            .Select(s => s.StatisticsJson)
            .SingleOrDefaultAsync(cancellationToken);
        return ActivityResponse.From(activity, statistics is null ? null : StreamJson.ReadStatistics(statistics));
    }
}
