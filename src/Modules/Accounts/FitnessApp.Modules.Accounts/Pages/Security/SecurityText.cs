namespace FitnessApp.Modules.Accounts.Pages.Security;

/// <summary>The security pages' resources (Resources/Pages/Security/SecurityText.resx and its Russian twin).</summary>
internal sealed class SecurityText;
