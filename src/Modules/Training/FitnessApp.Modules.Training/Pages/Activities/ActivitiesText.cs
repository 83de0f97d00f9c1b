namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>Texts of the activity pages (Resources/Pages/Activities/ActivitiesText.resx and its Russian twin).</summary>
internal sealed class ActivitiesText;
