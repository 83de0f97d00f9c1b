using FitnessApp.Modules.Accounts.Pages.Data;
using FitnessApp.Modules.Accounts.Pages.Privacy;
using FitnessApp.Modules.Accounts.Pages.Security;
using FitnessApp.Modules.Shared.Modules;

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
        new(DataPaths.Data, "Nav_Data", typeof(DataText), "folder_shared"),
    ];
}
