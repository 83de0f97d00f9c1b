using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Goals.ListGoals;

internal sealed class ListGoalsHandler(TrainingDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<ListGoals, IReadOnlyList<GoalResponse>>
{
    public async Task<IReadOnlyList<GoalResponse>> Handle(ListGoals request, CancellationToken cancellationToken)
    {
        var goals = await db.Goals.AsNoTracking().Where(g => g.OwnerId == request.OwnerId).ToListAsync(cancellationToken);
        var ordered = goals.OrderBy(g => g.Period).ThenBy(g => g.Id).ToList();
        return await db.ResponsesAsync(mediator, clock, request.OwnerId, ordered, cancellationToken);
    }
}
