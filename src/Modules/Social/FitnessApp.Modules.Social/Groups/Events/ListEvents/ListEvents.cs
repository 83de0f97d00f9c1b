using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Events.ListEvents;

/// <summary>The group's upcoming events (soonest first, the default) or past ones (latest first), cancelled ones included.</summary>
internal sealed record ListEvents(Guid GroupId, Guid ViewerId, string? When, string? Cursor, int Limit) : IQuery<Page<EventResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
}

internal sealed class ListEventsValidator : AbstractValidator<ListEvents>
{
    public ListEventsValidator()
    {
        RuleFor(q => q.When).Must(w => w is null or "upcoming" or "past").WithMessage("'when' must be one of: upcoming, past.");
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListEvents.MaxLimit);
    }
}

internal sealed class ListEventsHandler(SocialDbContext db, GroupAccess access, TimeProvider clock) : IRequestHandler<ListEvents, Page<EventResponse>>
{
    public async Task<Page<EventResponse>> Handle(ListEvents request, CancellationToken cancellationToken)
    {
        var view = await access.FindContentAsync(request.GroupId, request.ViewerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.GroupEvents.AsNoTracking().Where(e => e.GroupId == view.Group.Id);
        var hasCursor = KeysetCursor.TryDecode(request.Cursor, out var after);
        if (request.When == "past")
        {
            query = query.Where(e => e.StartsAt <= now);
            if (hasCursor)
            {
                query = query.Where(e => e.StartsAt < after.At || (e.StartsAt == after.At && e.Id.CompareTo(after.Id) < 0));
            }

            query = query.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id);
        }
        else
        {
            query = query.Where(e => e.StartsAt > now);
            if (hasCursor)
            {
                query = query.Where(e => e.StartsAt > after.At || (e.StartsAt == after.At && e.Id.CompareTo(after.Id) > 0));
            }

            query = query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        }

        var rows = await query.Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].StartsAt, page[^1].Id).Encode() : null;
        return new Page<EventResponse>(await db.ResponsesAsync(page, request.ViewerId, cancellationToken), next);
    }
}

internal static class ListEventsEndpoint
{
    public static void MapListEvents(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Group + "/events", Handle)
            .WithName("ListGroupEvents")
            .WithSummary("The group's upcoming (default) or past events (when=upcoming|past); pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Page<EventResponse>>> Handle(
        Guid id, ClaimsPrincipal principal, IMediator mediator, string? when, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListEvents(id, principal.GetUserId(), when, cursor, limit ?? ListEvents.DefaultLimit), cancellationToken));
}
