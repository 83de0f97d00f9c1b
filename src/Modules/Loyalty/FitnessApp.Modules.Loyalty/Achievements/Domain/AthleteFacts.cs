namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>Everything the checkers read about one athlete.</summary>
internal sealed record AthleteFacts(
    IReadOnlyList<ActivityFact> Activities,
    IReadOnlyList<StepsFact> Steps,
    int KudosGiven,
    int Followers);
