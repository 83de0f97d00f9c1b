namespace FitnessApp.Modules.Loyalty.Pages.ChallengesAdmin;

/// <summary>Resources of the operators' challenges page (Resources/Pages/ChallengesAdmin/ChallengesAdminText.resx and its Russian twin).</summary>
internal sealed class ChallengesAdminText;
