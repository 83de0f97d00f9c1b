namespace FitnessApp.Modules.Social.Feed;

internal static class FeedStrings
{
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
