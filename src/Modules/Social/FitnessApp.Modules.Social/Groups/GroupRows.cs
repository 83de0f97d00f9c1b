using System.Linq.Expressions;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Groups.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>The rows of a group a request names (a join request, a post), tracked; 404 naming what is missing otherwise.</summary>
internal static class GroupRows
{
    public static Task<GroupMember> FindJoinRequestAsync(this SocialDbContext db, Guid groupId, Guid requesterId, CancellationToken cancellationToken) =>
        db.GroupMembers.SingleOrNotFoundAsync(
            m => m.GroupId == groupId && m.UserId == requesterId && m.State == MembershipState.Requested, "Join request", requesterId, cancellationToken);

    public static Task<FeedPost> FindPostAsync(this SocialDbContext db, Guid groupId, Guid postId, CancellationToken cancellationToken) =>
        db.FeedPosts.SingleOrNotFoundAsync(
            p => p.Id == postId && p.GroupId == groupId && p.Kind == FeedPostKind.GroupPost, "Post", postId, cancellationToken);

    private static async Task<T> SingleOrNotFoundAsync<T>(
        this IQueryable<T> rows, Expression<Func<T, bool>> match, string what, Guid id, CancellationToken cancellationToken)
        where T : class =>
        await rows.SingleOrDefaultAsync(match, cancellationToken) ?? throw new NotFoundException(what, id);
}
