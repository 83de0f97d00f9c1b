namespace FitnessApp.Modules.Training.Pages;

/// <summary>Resources shared by every Training page: navigation, sports, units (Resources/Pages/TrainingText.resx and its Russian twin).</summary>
internal sealed class TrainingText;
