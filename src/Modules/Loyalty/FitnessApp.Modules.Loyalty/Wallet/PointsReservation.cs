namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>
/// Points held for a Shop order (one per order). While <see cref="ReservationStatus.Active"/> they are not available;
/// committing spends them (a Redemption entry), releasing frees them.
/// </summary>
internal sealed class PointsReservation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public Guid OrderId { get; init; }

    public int Points { get; init; }

    public ReservationStatus Status { get; set; }

    /// <summary>Points returned by a refund of the committed order.</summary>
    public int RefundedPoints { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }
}

internal enum ReservationStatus
{
    Active,
    Committed,
    Released,
}
