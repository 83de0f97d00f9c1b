namespace FitnessApp.Modules.Devices.Pages.Imports;

/// <summary>Texts of the import page (Resources/Pages/Imports/ImportsText.resx and its Russian twin).</summary>
internal sealed class ImportsText;
