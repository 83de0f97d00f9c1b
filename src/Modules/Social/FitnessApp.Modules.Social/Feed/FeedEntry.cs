namespace FitnessApp.Modules.Social.Feed;

/// <summary>A post placed in one reader's feed (fan-out on write). The author and order are copied for the keyset read.</summary>
internal sealed class FeedEntry
{
    public Guid ViewerId { get; init; }

    public Guid PostId { get; init; }

    public Guid AuthorId { get; init; }

    public DateTime OccurredAt { get; set; }
}
