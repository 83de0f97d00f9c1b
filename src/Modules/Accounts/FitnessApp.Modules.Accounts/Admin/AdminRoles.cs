using FitnessApp.Modules.Shared.Security;

namespace FitnessApp.Modules.Accounts.Admin;

internal static class AdminRoles
{
    /// <summary>Known roles in the platform's order (athlete, operator, admin), then any other.</summary>
    public static IReadOnlyList<string> Ordered(IEnumerable<string> roles) =>
        roles.Distinct(StringComparer.Ordinal)
            .OrderBy(role => PlatformRoles.All.Contains(role) ? PlatformRoles.All.ToList().IndexOf(role) : int.MaxValue)
            .ThenBy(role => role, StringComparer.Ordinal)
            .ToList();
}
