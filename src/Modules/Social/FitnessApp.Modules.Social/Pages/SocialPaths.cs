namespace FitnessApp.Modules.Social.Pages;

/// <summary>The Social portal's addresses.</summary>
internal static class SocialPaths
{
    public const string Feed = "/feed";
    public const string Athletes = "/athletes";
    public const string Requests = "/athletes/requests";
    public const string Groups = "/groups";
    public const string Notifications = "/notifications";
    public const string Moderation = "/admin/moderation";

    public static string Athlete(Guid id) => $"/athletes/{id}";

    public static string Followers(Guid id) => $"/athletes/{id}/followers";

    public static string Following(Guid id) => $"/athletes/{id}/following";

    /// <summary>Another athlete's activity as Social shows it (kudos, comments), visibility applied.</summary>
    public static string Activity(Guid id) => $"/feed/activities/{id}";

    public static string Group(Guid id) => $"/groups/{id}";

    public static string GroupEvent(Guid groupId, Guid eventId) => $"/groups/{groupId}/events/{eventId}";
}
