namespace FitnessApp.Modules.Loyalty.Pages.Achievements;

/// <summary>Resources of the achievement gallery and the operators' catalogue (Resources/Pages/Achievements/AchievementsText.resx and its Russian twin).</summary>
internal sealed class AchievementsText;
