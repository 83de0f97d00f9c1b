namespace FitnessApp.Modules.Social.Feed.GetFeed;

/// <summary>
/// One feed item. Measures are raw (metres, seconds): the client formats them in the viewer's units; pace or speed is
/// <see cref="DistanceMeters"/> over <see cref="MovingSeconds"/>. <see cref="Route"/> is an encoded polyline (precision 5).
/// <see cref="Kind"/> is <c>activity</c>, <c>achievement</c>, <c>groupPost</c> or <c>groupEvent</c>; <see cref="Group"/>,
/// <see cref="Event"/> and <see cref="Achievement"/> are set for the kinds they describe (null otherwise). An
/// achievement's <see cref="Title"/> is its name in the viewer's language.
/// </summary>
internal sealed record FeedItem(
    Guid PostId,
    string Kind,
    FeedAthlete Athlete,
    Guid? ActivityId,
    Guid? GroupId,
    string? Sport,
    string Title,
    string? Text,
    DateTime StartTime,
    double? DistanceMeters,
    int? MovingSeconds,
    int? ElapsedSeconds,
    double? ElevationGainMeters,
    string? Route,
    string Visibility,
    int KudosCount,
    bool ViewerGaveKudos,
    int CommentCount,
    IReadOnlyList<FeedComment> LastComments,
    FeedGroup? Group = null,
    FeedEvent? Event = null,
    FeedAchievement? Achievement = null);

internal sealed record FeedAthlete(Guid Id, string Name, string? AvatarUrl);

internal sealed record FeedGroup(Guid Id, string Name);

/// <param name="MyStatus">The viewer's answer (<c>going</c>, <c>maybe</c>, <c>notGoing</c>), null without one.</param>
internal sealed record FeedEvent(Guid Id, DateTime StartsAt, string PlaceName, bool Cancelled, int Going, string? MyStatus);

internal sealed record FeedAchievement(string NameEn, string NameRu, string? BadgeUrl);

internal sealed record FeedComment(Guid Id, FeedAthlete Author, string Text, DateTime CreatedAt);
