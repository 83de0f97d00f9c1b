namespace FitnessApp.Modules.Social.Pages.Activity;

/// <summary>Texts of the social activity page (Resources/Pages/Activity/ActivityText.resx and its Russian twin).</summary>
internal sealed class ActivityText;
