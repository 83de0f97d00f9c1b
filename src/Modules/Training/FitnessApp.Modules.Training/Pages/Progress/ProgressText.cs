namespace FitnessApp.Modules.Training.Pages.Progress;

/// <summary>Resources of the statistics and records pages (Resources/Pages/Progress/ProgressText.resx and its Russian twin).</summary>
internal sealed class ProgressText;
