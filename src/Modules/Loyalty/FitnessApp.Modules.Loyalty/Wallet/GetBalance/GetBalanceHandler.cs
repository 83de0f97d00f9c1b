using FitnessApp.Modules.Loyalty.Levels;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Wallet.GetBalance;

internal sealed class GetBalanceHandler(WalletReader wallet, TimeProvider clock) : IRequestHandler<GetBalance, BalanceResponse>
{
    public async Task<BalanceResponse> Handle(GetBalance request, CancellationToken cancellationToken)
    {
        var snapshot = await wallet.ReadAsync(request.UserId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddDays((int)WalletOptions.ExpiringWindow.TotalDays);
        var expiring = (await wallet.LotsAsync(request.UserId, cancellationToken)).Where(l => l.ExpiresOn <= until).ToList();
        return new BalanceResponse(
            snapshot.Balance,
            snapshot.Reserved,
            snapshot.Available,
            snapshot.Level.LifetimePoints,
            snapshot.Level.Current.Number,
            LevelStanding.NameOf(snapshot.Level.Current),
            snapshot.Level.Next?.MinimumPoints,
            expiring.Sum(l => l.Points),
            expiring.Count == 0 ? null : expiring.Min(l => l.ExpiresOn));
    }
}
