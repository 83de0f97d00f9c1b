using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Rules.ListRules;

/// <summary>Operators: the earning rules (every sport's own rule first, the rule for every sport last) and the settings.</summary>
internal sealed record ListRules : IQuery<EarningRulesResponse>;

internal sealed class ListRulesHandler(LoyaltyDbContext db) : IRequestHandler<ListRules, EarningRulesResponse>
{
    public async Task<EarningRulesResponse> Handle(ListRules request, CancellationToken cancellationToken)
    {
        var rules = await db.EarningRules.AsNoTracking().ToListAsync(cancellationToken);
        var settings = await db.EarningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new EarningSettings();
        return new EarningRulesResponse(
            RuleResponses.Of(settings),
            [.. rules.OrderBy(r => r.Sport is null).ThenBy(r => r.Sport).Select(RuleResponses.Of)]);
    }
}

internal static class ListRulesEndpoint
{
    public static void MapListRules(this IEndpointRouteBuilder group) =>
        group.MapGet(EarningRoutes.Rules, Handle)
            .WithName("ListLoyaltyEarningRules")
            .WithSummary("Operators: the earning rules per sport, the caps, the manual factor and the bonuses")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<EarningRulesResponse>> Handle(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListRules(), cancellationToken));
}
