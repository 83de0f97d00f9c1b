using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Social.Feed;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Events.UpdateEvent;

/// <summary>Replaces an event's details (owner or admin); moving its start sends the reminder again. A cancelled event is 409.</summary>
internal sealed record UpdateEvent(
    Guid GroupId, Guid EventId, Guid UserId, string? Title, string? Sport, DateTimeOffset? StartsAt, string? PlaceName, double? Latitude, double? Longitude,
    string? Description) : ICommand<EventResponse>, IEventFields;

internal sealed class UpdateEventValidator : AbstractValidator<UpdateEvent>
{
    public UpdateEventValidator(TimeProvider clock) => Include(new EventFieldsValidator(clock));
}

internal sealed class UpdateEventHandler(SocialDbContext db, GroupAccess access) : IRequestHandler<UpdateEvent, EventResponse>
{
    public async Task<EventResponse> Handle(UpdateEvent request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var groupEvent = await db.FindEventAsync(view.Group.Id, request.EventId, cancellationToken);
        if (groupEvent.CancelledAt is not null)
        {
            throw new ConflictException("The event is cancelled.");
        }

        var startsAt = groupEvent.StartsAt;
        groupEvent.Apply(request);
        if (groupEvent.StartsAt != startsAt)
        {
            await db.EventAttendances.Where(a => a.EventId == groupEvent.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReminderSentAt, (DateTime?)null), cancellationToken);
        }

        var post = await db.FeedPosts.SingleOrDefaultAsync(p => p.Kind == FeedPostKind.GroupPost && p.SubjectId == groupEvent.Id, cancellationToken);
        if (post is not null)
        {
            post.Title = groupEvent.Title;
            post.Text = groupEvent.Description;
            post.Sport = groupEvent.Sport;
        }

        return await db.ResponseAsync(groupEvent, request.UserId, cancellationToken);
    }
}

internal static class UpdateEventEndpoint
{
    public sealed record Body(string? Title, string? Sport, DateTimeOffset? StartsAt, string? PlaceName, double? Latitude, double? Longitude, string? Description);

    public static void MapUpdateEvent(this IEndpointRouteBuilder api) =>
        api.MapPut(GroupRoutes.Event, Handle)
            .WithName("UpdateGroupEvent")
            .WithSummary("Replace a group event's details (owner or admin)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<EventResponse>> Handle(
        Guid id, Guid eventId, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateEvent(id, eventId, principal.GetUserId(), body.Title, body.Sport, body.StartsAt, body.PlaceName, body.Latitude, body.Longitude, body.Description),
            cancellationToken));
}
