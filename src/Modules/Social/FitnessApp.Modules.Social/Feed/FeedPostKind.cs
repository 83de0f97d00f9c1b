namespace FitnessApp.Modules.Social.Feed;

internal enum FeedPostKind
{
    Activity = 0,
    Achievement = 1,
    GroupPost = 2,
}
