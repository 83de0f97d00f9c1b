namespace FitnessApp.Modules.Social.Pages.Moderation;

/// <summary>Resources of the moderation pages and the report dialog (Resources/Pages/Moderation/ModerationText.resx and its Russian twin).</summary>
internal sealed class ModerationText;
