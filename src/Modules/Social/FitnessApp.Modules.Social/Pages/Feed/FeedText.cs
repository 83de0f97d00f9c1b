namespace FitnessApp.Modules.Social.Pages.Feed;

/// <summary>Resources of the feed page (Resources/Pages/Feed/FeedText.resx and its Russian twin).</summary>
internal sealed class FeedText;
