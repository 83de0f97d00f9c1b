namespace FitnessApp.Modules.Shop.Pages.Imports;

/// <summary>Resources of the operators' partner imports page (Resources/Pages/Imports/ImportsText.resx and its Russian twin).</summary>
internal sealed class ImportsText;
