using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet.ReservePoints;

internal sealed class ReservePointsHandler(LoyaltyDbContext db, PointsLedger ledger, WalletReader wallet, TimeProvider clock)
    : IRequestHandler<Contracts.Spending.ReservePoints, ReservationResult>
{
    public Task<ReservationResult> Handle(Contracts.Spending.ReservePoints request, CancellationToken cancellationToken) =>
        ConcurrencyRetry.RunAsync(db, () => TryAsync(request, cancellationToken), cancellationToken);

    private async Task<ReservationResult> TryAsync(Contracts.Spending.ReservePoints request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.PointsReservations.AsNoTracking().FirstOrDefaultAsync(r => r.OrderId == request.OrderId, cancellationToken);
        if (existing is not null)
        {
            var same = existing.UserId == request.UserId && existing.Points == request.Points && existing.Status != ReservationStatus.Released;
            return new ReservationResult(
                same ? ReservationOutcome.Reserved : ReservationOutcome.Conflict, existing.Id, existing.Points, await AvailableAsync(request.UserId, cancellationToken));
        }

        // Reading the account first: a reservation committed by another writer after this read bumps its version, so this
        // save fails and the check is made again against the new balance.
        var account = await ledger.AccountAsync(request.UserId, now, cancellationToken);
        var available = await AvailableAsync(request.UserId, cancellationToken);
        if (available < request.Points)
        {
            db.ChangeTracker.Clear();
            return new ReservationResult(ReservationOutcome.Insufficient, null, 0, available);
        }

        account.Version++;
        account.UpdatedAt = now;
        var reservation = new PointsReservation
        {
            UserId = request.UserId,
            OrderId = request.OrderId,
            Points = request.Points,
            Status = ReservationStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PointsReservations.Add(reservation);
        await db.SaveChangesAsync(cancellationToken);
        return new ReservationResult(ReservationOutcome.Reserved, reservation.Id, reservation.Points, available - request.Points);
    }

    private async Task<int> AvailableAsync(Guid userId, CancellationToken cancellationToken) =>
        await ledger.BalanceAsync(userId, cancellationToken) - await wallet.ReservedAsync(userId, cancellationToken);
}
