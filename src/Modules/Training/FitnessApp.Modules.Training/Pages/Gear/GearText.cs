namespace FitnessApp.Modules.Training.Pages.Gear;

/// <summary>Texts of the gear page (Resources/Pages/Gear/GearText.resx and its Russian twin).</summary>
internal sealed class GearText;
