using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Goals.DeleteGoal;

internal static class DeleteGoalEndpoint
{
    public static void MapDeleteGoal(this IEndpointRouteBuilder group) =>
        group.MapDelete(GoalLoading.Route + "/{id:guid}", Handle)
            .WithName("DeleteGoal")
            .WithSummary("Delete one of the caller's goals")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteGoal(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
