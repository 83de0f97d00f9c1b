namespace FitnessApp.Modules.Loyalty.Pages.Levels;

/// <summary>Resources of the operators' levels page (Resources/Pages/Levels/LevelsText.resx and its Russian twin).</summary>
internal sealed class LevelsText;
