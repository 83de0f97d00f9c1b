namespace FitnessApp.Modules.Social.Feed;

/// <summary>
/// An author whose posts are not fanned out because they had more followers than the limit when they posted: their
/// followers' feeds merge the author's posts in at read time. Kept once set, so posts made while over the limit (which
/// have no entries) stay visible if the follower count later drops.
/// </summary>
internal sealed class FeedMergedAuthor
{
    public Guid AuthorId { get; init; }

    public DateTime Since { get; init; }
}
