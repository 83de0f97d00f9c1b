using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;

namespace FitnessApp.Modules.Social.Pages;

internal static class SocialNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(SocialPaths.Feed, "Nav_Feed", typeof(SocialText), "dynamic_feed"),
        new(SocialPaths.Athletes, "Nav_Athletes", typeof(SocialText), "group_add"),
        new(SocialPaths.Groups, "Nav_Groups", typeof(SocialText), "groups"),
        new(SocialPaths.Notifications, "Nav_Notifications", typeof(SocialText), "notifications"),
    ];

    public static readonly IReadOnlyList<NavigationEntry> Operators =
    [
        new(SocialPaths.Moderation, "Nav_Moderation", typeof(SocialText), "flag", PlatformPolicies.Operator),
    ];
}
