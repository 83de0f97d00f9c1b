using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.GetActivity;

internal sealed class GetActivityHandler(TrainingDbContext db) : IRequestHandler<GetActivity, ActivityResponse>
{
    public async Task<ActivityResponse> Handle(GetActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().WithExercises().SingleOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken);
        return activity is not null && activity.IsVisibleTo(request.ViewerId)
            ? ActivityResponse.From(activity)
            : throw ActivityLoading.NotFound(request.ActivityId);
    }
}
