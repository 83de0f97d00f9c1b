namespace FitnessApp.Modules.Social.Pages.Shared;

/// <summary>Sport names and unit labels read by <see cref="ActivityFormat"/> (Resources/Pages/Shared/ActivityFormatText.resx and its Russian twin).</summary>
internal sealed class ActivityFormatText;
