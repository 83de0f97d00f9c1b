using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;

namespace FitnessApp.Host.Portal;

/// <summary>The sidebar's operators' section: pages the host itself serves, not a module.</summary>
internal static class PlatformNavigation
{
    public const string JobsPath = "/ops/jobs";

    public static readonly IReadOnlyList<NavigationEntry> Operators =
    [
        new(JobsPath, "Nav_Jobs", typeof(PortalText), "schedule", PlatformPolicies.Operator),
    ];

    public static IServiceCollection AddPlatformNavigation(this IServiceCollection services)
    {
        foreach (var entry in Operators)
        {
            services.AddSingleton(entry);
        }

        return services;
    }
}
