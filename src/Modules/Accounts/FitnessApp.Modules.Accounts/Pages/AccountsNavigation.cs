using FitnessApp.Modules.Accounts.Pages.Privacy;
using FitnessApp.Modules.Accounts.Pages.Security;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;

namespace FitnessApp.Modules.Accounts.Pages;

internal static class AccountsNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(AccountPaths.Home, "Nav_Home", typeof(AccountsText), "home"),
        new(AccountPaths.Profile, "Nav_Profile", typeof(AccountsText), "person"),
        new(AccountPaths.Settings, "Nav_Settings", typeof(AccountsText), "settings"),
        new(AccountPaths.Security, "Nav_Security", typeof(SecurityText), "lock"),
        new(PrivacyPaths.Privacy, "Nav_Privacy", typeof(PrivacyText), "privacy_tip"),
        new(AccountPaths.Mailbox, "Nav_Mailbox", typeof(SecurityText), "mail", PlatformPolicies.Operator),
        new(AccountPaths.AuditLog, "Nav_Audit", typeof(SecurityText), "policy", PlatformPolicies.Operator),
    ];
}
