namespace FitnessApp.Modules.Accounts.Pages.Profile;

/// <summary>The profile and settings pages' resources (Resources/Pages/Profile/ProfileText.resx and its Russian twin).</summary>
internal sealed class ProfileText;
