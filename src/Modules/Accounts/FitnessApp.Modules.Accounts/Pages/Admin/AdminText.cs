namespace FitnessApp.Modules.Accounts.Pages.Admin;

/// <summary>The admin workstation's resources (Resources/Pages/Admin/AdminText.resx and its Russian twin).</summary>
internal sealed class AdminText;
