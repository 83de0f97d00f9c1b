using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.Events.CancelEvent;

/// <summary>Cancels an event (owner or admin): it stays listed as cancelled, takes no answers and sends no reminders.</summary>
internal sealed record CancelEvent(Guid GroupId, Guid EventId, Guid UserId) : ICommand<Unit>;

internal sealed class CancelEventHandler(SocialDbContext db, GroupAccess access, TimeProvider clock) : IRequestHandler<CancelEvent, Unit>
{
    public async Task<Unit> Handle(CancelEvent request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var groupEvent = await db.FindEventAsync(view.Group.Id, request.EventId, cancellationToken);
        groupEvent.CancelledAt ??= clock.GetUtcNow().UtcDateTime;
        return Unit.Value;
    }
}

internal static class CancelEventEndpoint
{
    public static void MapCancelEvent(this IEndpointRouteBuilder api) =>
        api.MapDelete(GroupRoutes.Event, Handle)
            .WithName("CancelGroupEvent")
            .WithSummary("Cancel a group event (owner or admin)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, Guid eventId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new CancelEvent(id, eventId, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
