using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.Events.CreateEvent;

/// <summary>Plans an event (owner or admin); it is announced in the group's feed and the members' main feeds.</summary>
internal sealed record CreateEvent(
    Guid GroupId, Guid UserId, string? Title, string? Sport, DateTimeOffset? StartsAt, string? PlaceName, double? Latitude, double? Longitude, string? Description)
    : ICommand<EventResponse>, IEventFields;

internal sealed class CreateEventValidator : AbstractValidator<CreateEvent>
{
    public CreateEventValidator(TimeProvider clock) => Include(new EventFieldsValidator(clock));
}

internal sealed class CreateEventHandler(SocialDbContext db, GroupAccess access, GroupFeedPublisher publisher, TimeProvider clock) : IRequestHandler<CreateEvent, EventResponse>
{
    public async Task<EventResponse> Handle(CreateEvent request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var groupEvent = new GroupEvent { GroupId = view.Group.Id, CreatedById = request.UserId, Title = "", PlaceName = "", CreatedAt = now };
        groupEvent.Apply(request);
        db.GroupEvents.Add(groupEvent);
        var post = GroupPosts.New(view.Group, request.UserId, groupEvent.Id, groupEvent.Title, groupEvent.Description, groupEvent.Sport, now);
        db.FeedPosts.Add(post);
        await publisher.PublishAsync(post, cancellationToken);
        return new EventResponse(
            groupEvent.Id, groupEvent.GroupId, groupEvent.Title, groupEvent.Sport, groupEvent.StartsAt, groupEvent.PlaceName, groupEvent.Latitude,
            groupEvent.Longitude, groupEvent.Description, groupEvent.CreatedById, now, null, 0, 0, 0, null);
    }
}

internal static class CreateEventEndpoint
{
    /// <summary><c>startsAt</c> an ISO 8601 instant in the future; <c>latitude</c>/<c>longitude</c> optional, together.</summary>
    public sealed record Body(string? Title, string? Sport, DateTimeOffset? StartsAt, string? PlaceName, double? Latitude, double? Longitude, string? Description);

    public static void MapCreateEvent(this IEndpointRouteBuilder api) =>
        api.MapPost(GroupRoutes.Group + "/events", Handle)
            .WithName("CreateGroupEvent")
            .WithSummary("Plan a group event (owner or admin); it is announced in the group feed")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Created<EventResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(
            new CreateEvent(id, principal.GetUserId(), body.Title, body.Sport, body.StartsAt, body.PlaceName, body.Latitude, body.Longitude, body.Description),
            cancellationToken);
        return TypedResults.Created(GroupRoutes.EventOf(id, created.Id), created);
    }
}
