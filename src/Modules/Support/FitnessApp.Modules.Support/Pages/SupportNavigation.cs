using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;

namespace FitnessApp.Modules.Support.Pages;

internal static class SupportNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(SupportPaths.Support, "Nav_Support", typeof(SupportText), "support"),
    ];

    public static readonly IReadOnlyList<NavigationEntry> Operators =
    [
        new(SupportPaths.Queue, "Nav_SupportQueue", typeof(SupportText), "support_agent", PlatformPolicies.Operator),
    ];
}
