using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Goals.CreateGoal;

internal static class CreateGoalEndpoint
{
    /// <summary>
    /// The request body: <c>period</c> week|month|year, <c>metric</c> distance|movingTime|elevation|count, <c>sport</c>
    /// optional (every sport when left out), <c>targetValue</c> in metres, seconds, metres or activities.
    /// </summary>
    public sealed record Body(string? Period, string? Metric, string? Sport, double? TargetValue, string? Title);

    public static void MapCreateGoal(this IEndpointRouteBuilder group) =>
        group.MapPost(GoalLoading.Route, Handle)
            .WithName("CreateGoal")
            .WithSummary("Set a weekly, monthly or yearly goal; the answer holds its progress")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Created<GoalResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var goal = await mediator.Send(new CreateGoal(principal.GetUserId(), body.Period, body.Metric, body.Sport, body.TargetValue, body.Title), cancellationToken);
        return TypedResults.Created(GoalLoading.Of(goal.Id), goal);
    }
}
