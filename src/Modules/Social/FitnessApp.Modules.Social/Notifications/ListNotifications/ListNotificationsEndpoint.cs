using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Notifications.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void MapListNotifications(this IEndpointRouteBuilder group) =>
        group.MapGet(NotificationRoutes.Notifications, Handle)
            .WithName("ListNotifications")
            .WithSummary("The caller's notifications, newest first (unreadOnly=true for the unread ones); pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<Page<NotificationResponse>>> Handle(
        ClaimsPrincipal principal, IMediator mediator, string? cursor, bool? unreadOnly, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListNotifications(principal.GetUserId(), cursor, unreadOnly ?? false, limit ?? ListNotifications.DefaultLimit), cancellationToken));
}
