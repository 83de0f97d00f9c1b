namespace FitnessApp.Modules.Accounts.Pages.Legal;

/// <summary>The terms and privacy policy texts (Resources/Pages/Legal/LegalText.resx and its Russian twin).</summary>
internal sealed class LegalText;
