namespace FitnessApp.Modules.Devices.Pages.Health;

/// <summary>Resources of the health page (Resources/Pages/Health/HealthText.resx and its Russian twin).</summary>
internal sealed class HealthText;
