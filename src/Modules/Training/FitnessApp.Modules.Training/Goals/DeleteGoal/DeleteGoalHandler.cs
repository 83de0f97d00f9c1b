using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Goals.DeleteGoal;

internal sealed class DeleteGoalHandler(TrainingDbContext db) : IRequestHandler<DeleteGoal, Unit>
{
    public async Task<Unit> Handle(DeleteGoal request, CancellationToken cancellationToken)
    {
        db.Goals.Remove(await db.FindOwnGoalAsync(request.GoalId, request.OwnerId, cancellationToken));
        return Unit.Value;
    }
}
