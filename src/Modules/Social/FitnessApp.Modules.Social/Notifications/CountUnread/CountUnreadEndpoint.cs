using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Notifications.CountUnread;

internal static class CountUnreadEndpoint
{
    public static void MapCountUnread(this IEndpointRouteBuilder group) =>
        group.MapGet(NotificationRoutes.Notifications + "/unread-count", Handle)
            .WithName("CountUnreadNotifications")
            .WithSummary("How many of the caller's notifications are unread")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<UnreadCount>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CountUnread(principal.GetUserId()), cancellationToken));
}
