using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Rules.DeleteRule;

/// <summary>Operators: removes a rule (the sport then earns by the rule for every sport).</summary>
internal sealed record DeleteRule(Guid Id) : ICommand<Unit>;

internal sealed class DeleteRuleHandler(LoyaltyDbContext db) : IRequestHandler<DeleteRule, Unit>
{
    public async Task<Unit> Handle(DeleteRule request, CancellationToken cancellationToken)
    {
        var rule = await db.EarningRules.FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Earning rule", request.Id);
        db.EarningRules.Remove(rule);
        return Unit.Value;
    }
}

internal static class DeleteRuleEndpoint
{
    public static void MapDeleteRule(this IEndpointRouteBuilder group) =>
        group.MapDelete(EarningRoutes.Rules + "/{id:guid}", Handle)
            .WithName("DeleteLoyaltyEarningRule")
            .WithSummary("Operators: removes a rule; the sport then earns by the rule for every sport")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteRule(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
