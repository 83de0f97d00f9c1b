using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Goals.UpdateGoal;

internal sealed class UpdateGoalHandler(TrainingDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<UpdateGoal, GoalResponse>
{
    public async Task<GoalResponse> Handle(UpdateGoal request, CancellationToken cancellationToken)
    {
        var goal = await db.FindOwnGoalAsync(request.GoalId, request.OwnerId, cancellationToken);
        request.ApplyTo(goal);
        goal.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return await db.ResponseAsync(mediator, clock, goal, cancellationToken);
    }
}
