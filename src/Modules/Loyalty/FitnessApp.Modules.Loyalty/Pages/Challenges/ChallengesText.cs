namespace FitnessApp.Modules.Loyalty.Pages.Challenges;

/// <summary>Resources of the challenge pages (Resources/Pages/Challenges/ChallengesText.resx and its Russian twin).</summary>
internal sealed class ChallengesText;
