namespace FitnessApp.Modules.Social.Notifications;

internal static class NotificationRoutes
{
    public const string Notifications = "/notifications";
}
