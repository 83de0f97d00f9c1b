using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.GetGroupFeed;

/// <summary>
/// The group's posts and events plus its members' activities the viewer may see (<see cref="SocialGraph.MaySee"/>), newest
/// first, keyset on (occurredAt, id). Hidden posts and everything of an athlete blocked either way are left out.
/// </summary>
internal sealed record GetGroupFeed(Guid GroupId, Guid ViewerId, string? Cursor, int Limit) : IQuery<Page<GroupFeedItem>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
}

internal sealed class GetGroupFeedValidator : AbstractValidator<GetGroupFeed>
{
    public GetGroupFeedValidator()
    {
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Limit).InclusiveBetween(1, GetGroupFeed.MaxLimit);
    }
}

internal sealed class GetGroupFeedHandler(SocialDbContext db, GroupAccess access, SocialGraph graph, AthleteDirectory athletes)
    : IRequestHandler<GetGroupFeed, Page<GroupFeedItem>>
{
    public async Task<Page<GroupFeedItem>> Handle(GetGroupFeed request, CancellationToken cancellationToken)
    {
        var view = await access.FindContentAsync(request.GroupId, request.ViewerId, cancellationToken);
        var groupId = view.Group.Id;
        var viewer = request.ViewerId;
        var members = await db.GroupMembers.AsNoTracking()
            .Where(m => m.GroupId == groupId && m.State == MembershipState.Active)
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        var audiences = await graph.AudiencesAsync(viewer, members, cancellationToken);
        var owner = audiences.Where(a => a.Value == Audience.Owner).Select(a => a.Key).ToList();
        var followed = audiences.Where(a => a.Value == Audience.Follower).Select(a => a.Key).ToList();
        var strangers = audiences.Where(a => a.Value == Audience.Stranger).Select(a => a.Key).ToList();
        var blocked = await db.Blocks.AsNoTracking()
            .Where(b => b.BlockerId == viewer || b.BlockedId == viewer)
            .Select(b => b.BlockerId == viewer ? b.BlockedId : b.BlockerId)
            .ToListAsync(cancellationToken);

        // The same rule as SocialGraph.MaySee, as a query so that pages are exact.
        var query = db.FeedPosts.AsNoTracking().Where(p => p.HiddenAt == null && (
            (p.Kind == FeedPostKind.GroupPost && p.GroupId == groupId && !blocked.Contains(p.AuthorId))
            || (p.Kind == FeedPostKind.Activity && (owner.Contains(p.AuthorId)
                || (followed.Contains(p.AuthorId) && p.Visibility != Visibility.Private)
                || (strangers.Contains(p.AuthorId) && p.Visibility == Visibility.Public)))));
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(p => p.OccurredAt < after.At || (p.OccurredAt == after.At && p.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(p => p.OccurredAt).ThenByDescending(p => p.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var subjects = page.Where(p => p.Kind == FeedPostKind.GroupPost).Select(p => p.SubjectId).ToList();
        var events = await db.GroupEvents.AsNoTracking().Where(e => e.GroupId == groupId && subjects.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var names = await athletes.NamesAsync(page.Select(p => p.AuthorId), cancellationToken);
        var items = page.Select(p => GroupFeedItem.From(
            p,
            names[p.AuthorId],
            events.Contains(p.SubjectId),
            p.Kind == FeedPostKind.GroupPost && (p.AuthorId == viewer || view.IsAdmin))).ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].OccurredAt, page[^1].Id).Encode() : null;
        return new Page<GroupFeedItem>(items, next);
    }
}

internal static class GetGroupFeedEndpoint
{
    public static void MapGetGroupFeed(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Group + "/feed", Handle)
            .WithName("GetGroupFeed")
            .WithSummary("The group's posts, events and its members' visible activities, newest first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Page<GroupFeedItem>>> Handle(
        Guid id, ClaimsPrincipal principal, IMediator mediator, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetGroupFeed(id, principal.GetUserId(), cursor, limit ?? GetGroupFeed.DefaultLimit), cancellationToken));
}
