using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static FitnessApp.Modules.Training.Goals.CreateGoal.CreateGoalEndpoint;

namespace FitnessApp.Modules.Training.Goals.UpdateGoal;

internal static class UpdateGoalEndpoint
{
    public static void MapUpdateGoal(this IEndpointRouteBuilder group) =>
        group.MapPut(GoalLoading.Route + "/{id:guid}", Handle)
            .WithName("UpdateGoal")
            .WithSummary("Replace the fields of one of the caller's goals; the answer holds its progress")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<GoalResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateGoal(id, principal.GetUserId(), body.Period, body.Metric, body.Sport, body.TargetValue, body.Title), cancellationToken));
}
