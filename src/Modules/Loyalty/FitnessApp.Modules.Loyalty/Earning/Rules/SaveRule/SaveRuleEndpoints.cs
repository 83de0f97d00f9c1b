using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Earning.Rules.SaveRule;

internal static class SaveRuleEndpoints
{
    /// <param name="Sport">A sport's wire name, or null for every sport without a rule of its own.</param>
    public sealed record Body(string? Sport, double PointsPerKm, double PointsPerMinute, int PointsPerWorkout);

    public static void MapSaveRule(this IEndpointRouteBuilder group)
    {
        group.MapPost(EarningRoutes.Rules, Create)
            .WithName("CreateLoyaltyEarningRule")
            .WithSummary("Operators: a rule for a sport (or every sport): points per km, per minute and per workout")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut(EarningRoutes.Rules + "/{id:guid}", Update)
            .WithName("UpdateLoyaltyEarningRule")
            .WithSummary("Operators: changes a rule")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<RuleResponse>> Create(Body body, IMediator mediator, CancellationToken cancellationToken)
    {
        var rule = await mediator.Send(new SaveRule(null, body.Sport, body.PointsPerKm, body.PointsPerMinute, body.PointsPerWorkout), cancellationToken);
        return TypedResults.Created($"/api/v1/loyalty{EarningRoutes.Rules}/{rule.Id}", rule);
    }

    private static async Task<Ok<RuleResponse>> Update(Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveRule(id, body.Sport, body.PointsPerKm, body.PointsPerMinute, body.PointsPerWorkout), cancellationToken));
}
