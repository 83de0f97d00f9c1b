using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities;

internal static class ActivityLoading
{
    public static IQueryable<Activity> WithExercises(this IQueryable<Activity> activities) =>
        activities.Include(a => a.Exercises).ThenInclude(e => e.Sets).AsSplitQuery();

    /// <summary>The caller's own activity, tracked; 404 when it does not exist or belongs to someone else.</summary>
    public static async Task<Activity> FindOwnAsync(this TrainingDbContext db, Guid activityId, Guid ownerId, CancellationToken cancellationToken) =>
        await db.Activities.WithExercises().SingleOrDefaultAsync(a => a.Id == activityId && a.OwnerId == ownerId, cancellationToken)
        ?? throw NotFound(activityId);

    public static NotFoundException NotFound(Guid activityId) => new("Activity", activityId);
}
