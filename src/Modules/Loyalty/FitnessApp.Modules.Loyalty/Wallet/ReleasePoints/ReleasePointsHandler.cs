using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet.ReleasePoints;

internal sealed class ReleasePointsHandler(LoyaltyDbContext db, PointsLedger ledger, TimeProvider clock)
    : IRequestHandler<Contracts.Spending.ReleasePoints, SpendingResult>
{
    public Task<SpendingResult> Handle(Contracts.Spending.ReleasePoints request, CancellationToken cancellationToken) =>
        ConcurrencyRetry.RunAsync(db, () => TryAsync(request.OrderId, cancellationToken), cancellationToken);

    private async Task<SpendingResult> TryAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var reservation = await db.PointsReservations.FirstOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);
        switch (reservation?.Status)
        {
            case null:
                return new SpendingResult(SpendingOutcome.NotFound, 0, "The order has no reservation.");
            case ReservationStatus.Released:
                return new SpendingResult(SpendingOutcome.AlreadyDone, reservation.Points);
            case ReservationStatus.Committed:
                return new SpendingResult(SpendingOutcome.Refused, 0, "The points were already spent; refund them instead.");
        }

        var now = clock.GetUtcNow().UtcDateTime;

        // Bumping the account serializes this with a concurrent commit of the same reservation.
        var account = await ledger.AccountAsync(reservation.UserId, now, cancellationToken);
        account.Version++;
        account.UpdatedAt = now;
        reservation.Status = ReservationStatus.Released;
        reservation.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new SpendingResult(SpendingOutcome.Done, reservation.Points);
    }
}
