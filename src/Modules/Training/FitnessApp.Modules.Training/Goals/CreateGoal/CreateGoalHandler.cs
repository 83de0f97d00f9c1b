using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Goals.CreateGoal;

internal sealed class CreateGoalHandler(TrainingDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<CreateGoal, GoalResponse>
{
    public async Task<GoalResponse> Handle(CreateGoal request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var goal = new Goal { OwnerId = request.OwnerId, CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(goal);
        db.Goals.Add(goal);
        return await db.ResponseAsync(mediator, clock, goal, cancellationToken);
    }
}
