using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Spending;

/// <summary>
/// Shop: holds <paramref name="Points"/> of the athlete's available points for an order. Idempotent by order: the same
/// order reserving the same amount again gets the same reservation; a different amount is <see cref="ReservationOutcome.Conflict"/>.
/// </summary>
public sealed record ReservePoints(Guid UserId, Guid OrderId, int Points) : ICommand<ReservationResult>;

public enum ReservationOutcome
{
    Reserved,

    /// <summary>The athlete's available points are short; nothing was reserved.</summary>
    Insufficient,

    /// <summary>The order already has a reservation of another amount (or of another athlete, or no longer active).</summary>
    Conflict,
}

/// <param name="ReservationId">The reservation (also when it already existed), null when nothing was reserved.</param>
/// <param name="AvailablePoints">The athlete's available points after the call.</param>
public sealed record ReservationResult(ReservationOutcome Outcome, Guid? ReservationId, int Points, int AvailablePoints);
