using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>
/// A group's posts are <see cref="FeedPost"/>s of kind <see cref="FeedPostKind.GroupPost"/>. Inside the group they are
/// shown to whoever may see the group's content; their <see cref="FeedPost.Visibility"/> says what they are outside it:
/// public for a public group, private (the author alone) for a private group, so a general feed never leaks them.
/// </summary>
internal static class GroupPosts
{
    public static FeedPost New(Group group, Guid authorId, Guid subjectId, string title, string? text, Sport? sport, DateTime now) => new()
    {
        Kind = FeedPostKind.GroupPost,
        AuthorId = authorId,
        SubjectId = subjectId,
        GroupId = group.Id,
        Visibility = group.Privacy == GroupPrivacy.Public ? Visibility.Public : Visibility.Private,
        OccurredAt = now,
        Title = title.Length > FeedPost.TitleMaxLength ? title[..FeedPost.TitleMaxLength] : title,
        Text = text,
        Sport = sport,
    };
}

/// <summary>
/// One item of a group's feed: a member's post, an event announcement (<c>eventId</c> set) or a member's activity.
/// <c>mayDelete</c> tells the viewer whether they may delete the post (its author, or a group admin).
/// </summary>
internal sealed record GroupFeedItem(
    Guid Id,
    FeedPostKind Kind,
    Guid AuthorId,
    string AuthorName,
    DateTime OccurredAt,
    string Title,
    string? Text,
    Sport? Sport,
    double? DistanceMeters,
    int? MovingSeconds,
    double? ElevationGainMeters,
    Guid SubjectId,
    Guid? EventId,
    bool MayDelete)
{
    public static GroupFeedItem From(FeedPost post, string authorName, bool isEvent, bool mayDelete) =>
        new(post.Id, post.Kind, post.AuthorId, authorName, post.OccurredAt, post.Title, post.Text, post.Sport, post.DistanceMeters,
            post.MovingSeconds, post.ElevationGainMeters, post.SubjectId, isEvent ? post.SubjectId : null, mayDelete);
}
