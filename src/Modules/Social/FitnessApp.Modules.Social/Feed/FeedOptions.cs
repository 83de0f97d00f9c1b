namespace FitnessApp.Modules.Social.Feed;

/// <summary>Settings of the feed (section <c>Social:Feed</c>).</summary>
internal sealed class FeedOptions
{
    public const string Section = "Social:Feed";

    /// <summary>Authors with more accepted followers than this are not fanned out: their posts are merged in at read time.</summary>
    public int FanOutLimit { get; set; } = 5000;
}
