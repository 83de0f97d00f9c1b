namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>An athlete's own code to hand to friends (made on first use).</summary>
internal sealed class ReferralCode
{
    public const int Length = 8;

    public Guid UserId { get; init; }

    public required string Code { get; init; }

    public DateTime CreatedAt { get; init; }
}
