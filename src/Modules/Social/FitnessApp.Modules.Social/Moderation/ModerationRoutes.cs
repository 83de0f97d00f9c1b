namespace FitnessApp.Modules.Social.Moderation;

internal static class ModerationRoutes
{
    public const string Reports = "/reports";
    public const string Queue = "/moderation/reports";
}
