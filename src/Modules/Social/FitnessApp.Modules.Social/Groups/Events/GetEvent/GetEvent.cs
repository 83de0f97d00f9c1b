using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Events.GetEvent;

/// <summary>One event with its attendees (going, then maybe, then not going; earliest answer first) and counts.</summary>
internal sealed record GetEvent(Guid GroupId, Guid EventId, Guid ViewerId) : IQuery<EventDetailsResponse>;

internal sealed class GetEventHandler(SocialDbContext db, GroupAccess access, AthleteDirectory athletes) : IRequestHandler<GetEvent, EventDetailsResponse>
{
    public async Task<EventDetailsResponse> Handle(GetEvent request, CancellationToken cancellationToken)
    {
        var view = await access.FindContentAsync(request.GroupId, request.ViewerId, cancellationToken);
        var groupEvent = await db.FindEventAsync(view.Group.Id, request.EventId, cancellationToken);
        var attendances = await db.EventAttendances.AsNoTracking()
            .Where(a => a.EventId == groupEvent.Id)
            .ToListAsync(cancellationToken);
        var names = await athletes.NamesAsync(attendances.Select(a => a.UserId), cancellationToken);
        var attendees = attendances
            .OrderBy(a => a.Status).ThenBy(a => a.RespondedAt).ThenBy(a => a.Id)
            .Select(a => new AttendeeResponse(a.UserId, names.GetValueOrDefault(a.UserId, string.Empty), a.Status, a.RespondedAt))
            .ToList();
        return new EventDetailsResponse(await db.ResponseAsync(groupEvent, request.ViewerId, cancellationToken), attendees);
    }
}

internal static class GetEventEndpoint
{
    public static void MapGetEvent(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Event, Handle)
            .WithName("GetGroupEvent")
            .WithSummary("One group event with its attendees and counts")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<EventDetailsResponse>> Handle(Guid id, Guid eventId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetEvent(id, eventId, principal.GetUserId()), cancellationToken));
}
