namespace FitnessApp.Modules.Loyalty.Promotions.Domain;

/// <summary>
/// How many reserved or committed uses of a code one athlete holds; moved only by conditional set-based updates (the
/// per-user limit).
/// </summary>
internal sealed class PromoCodeUsage
{
    public Guid PromoCodeId { get; init; }

    public Guid UserId { get; init; }

    public int Uses { get; init; }
}
