namespace FitnessApp.Modules.Training.Pages.Goals;

/// <summary>Texts of the goals page (Resources/Pages/Goals/GoalsText.resx and its Russian twin).</summary>
internal sealed class GoalsText;
