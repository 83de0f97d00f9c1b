using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet.RefundPoints;

/// <summary>
/// Partial refunds of a committed order: one Refund entry per refund id (its ledger key), their total never above what the
/// order spent. Postings bump the athlete's account version, so two refunds of one order serialize (the loser retries and
/// sees the other's total).
/// </summary>
internal sealed class RefundPointsHandler(LoyaltyDbContext db, PointsLedger ledger, TimeProvider clock)
    : IRequestHandler<Contracts.Spending.RefundPoints, SpendingResult>
{
    private const int DuplicateAttempts = 3;

    public async Task<SpendingResult> Handle(Contracts.Spending.RefundPoints request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ConcurrencyRetry.RunAsync(db, () => TryAsync(request, cancellationToken), cancellationToken);
            }
            catch (DbUpdateException) when (attempt < DuplicateAttempts)
            {
                // The same refund id committed by another call first (the ledger's unique key): the next attempt finds it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<SpendingResult> TryAsync(Contracts.Spending.RefundPoints request, CancellationToken cancellationToken)
    {
        var reservation = await db.PointsReservations.FirstOrDefaultAsync(r => r.OrderId == request.OrderId, cancellationToken);
        if (reservation is null)
        {
            return new SpendingResult(SpendingOutcome.NotFound, 0, "The order has no reservation.");
        }

        if (reservation.Status != ReservationStatus.Committed)
        {
            return new SpendingResult(SpendingOutcome.Refused, 0, "Only spent points can be refunded; release the reservation instead.");
        }

        var key = SpendingKeys.Refund(request.OrderId, request.RefundId);
        var posted = await db.LedgerEntries.Where(e => e.UserId == reservation.UserId && e.SourceKey == key)
            .Select(e => (int?)e.Points).FirstOrDefaultAsync(cancellationToken);
        if (posted is { } points)
        {
            return points == request.Points
                ? new SpendingResult(SpendingOutcome.AlreadyDone, points)
                : new SpendingResult(SpendingOutcome.Refused, 0, $"Refund {request.RefundId} was already made with {points} points.");
        }

        var left = reservation.Points - reservation.RefundedPoints;
        if (request.Points > left)
        {
            return new SpendingResult(
                SpendingOutcome.OverRefund, 0, $"Only {left} of the {reservation.Points} points spent on the order are left to refund; nothing was refunded.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await ledger.PostAsync(
            new PointsPosting(reservation.UserId, request.Points, LedgerReason.Refund, SpendingKeys.Source, key, SpendingKeys.Subject(request.OrderId), $"refund {request.RefundId}"),
            now,
            cancellationToken);
        reservation.RefundedPoints += request.Points;
        reservation.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new SpendingResult(SpendingOutcome.Done, request.Points);
    }
}
