using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions.Mentions;

/// <summary>
/// Whom a commenter may mention on an activity: its owner, everyone who commented on it, and the athletes the commenter
/// follows (the same set resolves mentions when a comment is posted and when it is shown).
/// </summary>
internal sealed class MentionCandidates(SocialDbContext db, AthleteDirectory athletes)
{
    public const int MaxNotifiedPerComment = 10;

    /// <summary>The candidates of each of <paramref name="authorIds"/> on one activity, in a fixed number of queries.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<MentionCandidate>>> ForAuthorsAsync(
        Guid activityId, Guid ownerId, IReadOnlyCollection<Guid> authorIds, CancellationToken cancellationToken)
    {
        if (authorIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<MentionCandidate>>();
        }

        var commenters = await db.Comments.AsNoTracking()
            .Where(c => c.ActivityId == activityId)
            .Select(c => c.AuthorId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var follows = await db.Follows.AsNoTracking()
            .Where(f => authorIds.Contains(f.FollowerId) && f.State == FollowState.Accepted)
            .Select(f => new { f.FollowerId, f.FolloweeId })
            .ToListAsync(cancellationToken);
        var shared = commenters.Append(ownerId).Concat(authorIds).Distinct().ToList();
        var names = await athletes.SummariesAsync(shared.Concat(follows.Select(f => f.FolloweeId)), cancellationToken);
        return authorIds.Distinct().ToDictionary(
            author => author,
            IReadOnlyList<MentionCandidate> (author) => shared
                .Concat(follows.Where(f => f.FollowerId == author).Select(f => f.FolloweeId))
                .Distinct()
                .Select(id => new MentionCandidate(id, names[id].DisplayName))
                .ToList());
    }
}
