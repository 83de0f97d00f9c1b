using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet.CommitPoints;

internal sealed class CommitPointsHandler(LoyaltyDbContext db, PointsLedger ledger, TimeProvider clock)
    : IRequestHandler<Contracts.Spending.CommitPoints, SpendingResult>
{
    public Task<SpendingResult> Handle(Contracts.Spending.CommitPoints request, CancellationToken cancellationToken) =>
        ConcurrencyRetry.RunAsync(db, () => TryAsync(request.OrderId, cancellationToken), cancellationToken);

    private async Task<SpendingResult> TryAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var reservation = await db.PointsReservations.FirstOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);
        switch (reservation?.Status)
        {
            case null:
                return new SpendingResult(SpendingOutcome.NotFound, 0, "The order has no reservation.");
            case ReservationStatus.Committed:
                return new SpendingResult(SpendingOutcome.AlreadyDone, reservation.Points);
            case ReservationStatus.Released:
                return new SpendingResult(SpendingOutcome.Refused, 0, "The reservation was released.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await ledger.PostAsync(
            new PointsPosting(reservation.UserId, -reservation.Points, LedgerReason.Redemption, SpendingKeys.Source, SpendingKeys.Commit(orderId), SpendingKeys.Subject(orderId)),
            now,
            cancellationToken);
        reservation.Status = ReservationStatus.Committed;
        reservation.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new SpendingResult(SpendingOutcome.Done, reservation.Points);
    }
}
