using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Notifications.MarkAllRead;

internal static class MarkAllReadEndpoint
{
    public static void MapMarkAllRead(this IEndpointRouteBuilder group) =>
        group.MapPost(NotificationRoutes.Notifications + "/read-all", Handle)
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every unread notification of the caller read; answers how many changed")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<MarkedRead>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new MarkAllRead(principal.GetUserId()), cancellationToken));
}
