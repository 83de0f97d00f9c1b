namespace FitnessApp.Modules.Accounts.Pages.Privacy;

/// <summary>
/// The privacy page's resources (Resources/Pages/Privacy/PrivacyText.resx and its Russian twin), also read by the
/// registration page (terms and consent boxes) and the account menu (the banner asking to accept new terms).
/// </summary>
internal sealed class PrivacyText;
