namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>That an athlete was told (once) that <see cref="Points"/> expire on <see cref="ExpiresOn"/>.</summary>
internal sealed class ExpiryNotice
{
    public Guid UserId { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public int Points { get; init; }

    public DateTime SentAt { get; init; }
}
