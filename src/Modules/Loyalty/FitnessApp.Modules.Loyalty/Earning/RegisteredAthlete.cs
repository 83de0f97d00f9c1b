namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>When an athlete registered (from Accounts' UserRegistered): only new athletes may enter a referral code.</summary>
internal sealed class RegisteredAthlete
{
    public const int NewAthleteDays = 30;

    public Guid UserId { get; init; }

    public DateTime RegisteredAt { get; init; }
}
