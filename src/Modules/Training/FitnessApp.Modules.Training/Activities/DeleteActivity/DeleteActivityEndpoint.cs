using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Activities.DeleteActivity;

internal static class DeleteActivityEndpoint
{
    public static void MapDeleteActivity(this IEndpointRouteBuilder group) =>
        group.MapDelete(ActivityRoutes.Activities + "/{id:guid}", Handle)
            .WithName("DeleteActivity")
            .WithSummary("Delete one of the caller's activities")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteActivity(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
