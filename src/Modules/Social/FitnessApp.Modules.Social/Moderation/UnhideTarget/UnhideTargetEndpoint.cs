using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Moderation.UnhideTarget;

internal static class UnhideTargetEndpoint
{
    public static void MapUnhideTarget(this IEndpointRouteBuilder group) =>
        group.MapPost(ModerationRoutes.Queue + "/{id:guid}/unhide", Handle)
            .WithName("UnhideModerationTarget")
            .WithSummary("Operators: show again the target this report's resolution hid")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new UnhideTarget(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
