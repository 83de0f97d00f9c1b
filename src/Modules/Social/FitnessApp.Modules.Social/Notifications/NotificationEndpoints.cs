using FitnessApp.Modules.Social.Notifications.CountUnread;
using FitnessApp.Modules.Social.Notifications.ListNotifications;
using FitnessApp.Modules.Social.Notifications.MarkAllRead;
using FitnessApp.Modules.Social.Notifications.MarkRead;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder api)
    {
        api.MapListNotifications();
        api.MapCountUnread();
        api.MapMarkRead();
        api.MapMarkAllRead();
    }
}
