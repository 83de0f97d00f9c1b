using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Interactions.Mentions;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>
/// The comments of an activity as one viewer sees them, oldest first: a hidden comment only for its author, nothing
/// written by an athlete blocked either way with the viewer; with what the viewer may do to each and the mentions resolved.
/// </summary>
internal sealed class CommentReader(SocialDbContext db, AthleteDirectory athletes, MentionCandidates mentions)
{
    public const int DefaultLimit = 30;
    public const int MaxLimit = 100;

    public IQueryable<Comment> VisibleTo(Guid activityId, Guid viewerId) =>
        db.Comments.AsNoTracking()
            .Where(c => c.ActivityId == activityId && (c.HiddenAt == null || c.AuthorId == viewerId))
            .Where(c => !db.Blocks.Any(b => (b.BlockerId == viewerId && b.BlockedId == c.AuthorId) || (b.BlockedId == viewerId && b.BlockerId == c.AuthorId)));

    public async Task<Page<CommentResponse>> PageAsync(VisibleActivity activity, Guid viewerId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var query = VisibleTo(activity.Id, viewerId);
        if (KeysetCursor.TryDecode(cursor, out var after))
        {
            query = query.Where(c => c.CreatedAt > after.At || (c.CreatedAt == after.At && c.Id.CompareTo(after.Id) > 0));
        }

        var rows = await query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var items = await ToResponsesAsync(activity, viewerId, page, cancellationToken);
        var next = rows.Count > limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<CommentResponse>(items, next);
    }

    public async Task<IReadOnlyList<CommentResponse>> ToResponsesAsync(
        VisibleActivity activity, Guid viewerId, IReadOnlyList<Comment> comments, CancellationToken cancellationToken)
    {
        var authors = await athletes.SummariesAsync(comments.Select(c => c.AuthorId), cancellationToken);
        var mentioning = comments.Where(c => c.Text.Contains('@', StringComparison.Ordinal)).Select(c => c.AuthorId).Distinct().ToList();
        var candidates = await mentions.ForAuthorsAsync(activity.Id, activity.OwnerId, mentioning, cancellationToken);
        return comments.Select(c => new CommentResponse(
                c.Id,
                c.ActivityId,
                authors[c.AuthorId],
                c.Text,
                c.CreatedAt,
                c.EditedAt,
                c.HiddenAt is not null,
                CanEdit: c.AuthorId == viewerId,
                CanDelete: c.AuthorId == viewerId || activity.IsOwnedBy(viewerId),
                candidates.TryGetValue(c.AuthorId, out var names)
                    ? MentionParser.Find(c.Text, names).Select(m => new MentionResponse(m.AthleteId, m.DisplayName, m.Start, m.Length)).ToList()
                    : []))
            .ToList();
    }
}
