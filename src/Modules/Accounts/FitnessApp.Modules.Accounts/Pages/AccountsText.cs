namespace FitnessApp.Modules.Accounts.Pages;

/// <summary>The Accounts pages' resources (Resources/Pages/AccountsText.resx and its Russian twin).</summary>
internal sealed class AccountsText;
