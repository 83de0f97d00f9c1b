using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Notifications.MarkRead;

internal static class MarkReadEndpoint
{
    public static void MapMarkRead(this IEndpointRouteBuilder group) =>
        group.MapPost(NotificationRoutes.Notifications + "/{id:guid}/read", Handle)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of the caller's notifications read (idempotent)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkRead(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
