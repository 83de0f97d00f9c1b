using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Goals;

internal static class GoalLoading
{
    public const string Route = "/goals";

    public static string Of(Guid id) => $"/api/v1/training/goals/{id}";

    /// <summary>The caller's own goal, tracked; 404 when it does not exist or belongs to someone else.</summary>
    public static async Task<Goal> FindOwnGoalAsync(this TrainingDbContext db, Guid goalId, Guid ownerId, CancellationToken cancellationToken) =>
        await db.Goals.SingleOrDefaultAsync(g => g.Id == goalId && g.OwnerId == ownerId, cancellationToken)
        ?? throw new NotFoundException("Goal", goalId);
}
