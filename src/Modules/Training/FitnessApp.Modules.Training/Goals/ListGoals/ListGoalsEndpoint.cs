using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Goals.ListGoals;

internal static class ListGoalsEndpoint
{
    public static void MapListGoals(this IEndpointRouteBuilder group) =>
        group.MapGet(GoalLoading.Route, Handle)
            .WithName("ListGoals")
            .WithSummary("The caller's goals with progress in the current and previous period (the athlete's time zone, ISO weeks)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<GoalResponse>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListGoals(principal.GetUserId()), cancellationToken));
}
