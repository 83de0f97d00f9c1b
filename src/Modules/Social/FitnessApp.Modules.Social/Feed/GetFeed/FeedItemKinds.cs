using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Social.Feed.GetFeed;

/// <summary>The wire names of feed items' kinds: a post's kind, except a group's event announcement, which is its own.</summary>
internal static class FeedItemKinds
{
    public static readonly string Activity = WireNames.Of(FeedPostKind.Activity);
    public static readonly string Achievement = WireNames.Of(FeedPostKind.Achievement);
    public static readonly string GroupPost = WireNames.Of(FeedPostKind.GroupPost);
    public const string GroupEvent = "groupEvent";

    public static string Of(FeedPostKind kind, bool isEvent) => isEvent ? GroupEvent : WireNames.Of(kind);

    /// <summary>An achievement's name in <paramref name="language"/> (<c>ru</c>, else English).</summary>
    public static string NameIn(string? language, string nameEn, string? nameRu) =>
        language is not null && language.StartsWith("ru", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(nameRu) ? nameRu : nameEn;
}
