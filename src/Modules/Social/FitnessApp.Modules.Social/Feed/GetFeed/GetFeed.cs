using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Social.Feed.GetFeed;

/// <summary>The viewer's feed, newest first: their entries merged with the posts of followed authors over the fan-out limit.</summary>
internal sealed record GetFeed(Guid ViewerId, string? Cursor, int Limit) : IQuery<Page<FeedItem>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
    public const int LastComments = 2;
}
