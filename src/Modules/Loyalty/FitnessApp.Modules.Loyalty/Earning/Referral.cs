namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>A new athlete entered another's code; both earn the bonus with the new athlete's first device activity.</summary>
internal sealed class Referral
{
    public Guid ReferredUserId { get; init; }

    public Guid ReferrerUserId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? RewardedAt { get; set; }
}
