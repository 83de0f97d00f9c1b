using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Accounts.Pages.Admin;

/// <summary>
/// The admin workstation's links, shown in the sidebar's operators' section next to the host's jobs dashboard: registered
/// as <see cref="NavigationEntry"/> services, as the host registers its own operators' pages.
/// </summary>
internal static class AdminNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(AccountPaths.Admin, "Nav_Admin", typeof(AdminText), "admin_panel_settings", PlatformPolicies.Operator),
        new(AccountPaths.AdminUsers, "Nav_Users", typeof(AdminText), "group", PlatformPolicies.Operator),
        new(AccountPaths.AuditLog, "Nav_Audit", typeof(AdminText), "policy", PlatformPolicies.Operator),
        new(AccountPaths.Mailbox, "Nav_Mailbox", typeof(AdminText), "mail", PlatformPolicies.Operator),
    ];

    public static IServiceCollection AddAdminNavigation(this IServiceCollection services)
    {
        foreach (var entry in Entries)
        {
            services.AddSingleton(entry);
        }

        return services;
    }
}
