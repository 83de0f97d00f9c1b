namespace FitnessApp.Modules.Accounts.Pages.Privacy;

internal static class PrivacyPaths
{
    public const string Privacy = "/account/privacy";
}
