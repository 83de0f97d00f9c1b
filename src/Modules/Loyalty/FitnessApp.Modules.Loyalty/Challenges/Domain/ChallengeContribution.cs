namespace FitnessApp.Modules.Loyalty.Challenges.Domain;

/// <summary>
/// What one source (an activity, or one day's steps) adds to an athlete's progress in a challenge: one row per (challenge,
/// athlete, source), so an update replaces the amount and a deletion removes the row.
/// </summary>
internal sealed class ChallengeContribution
{
    public const int SourceMaxLength = 60;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ChallengeId { get; init; }

    public Guid UserId { get; init; }

    /// <summary><c>activity:{id}</c> or <c>steps:{yyyy-MM-dd}</c>.</summary>
    public required string Source { get; init; }

    public double Amount { get; set; }

    public DateTime UpdatedAt { get; set; }

    public static string ActivitySource(Guid activityId) => $"activity:{activityId:N}";

    public static string StepsSource(DateOnly date) => $"steps:{date:yyyy-MM-dd}";
}
