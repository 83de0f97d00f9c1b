using FitnessApp.Modules.Loyalty.Contracts.Standing;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Wallet.GetStanding;

internal sealed class GetLoyaltyStandingHandler(WalletReader wallet) : IRequestHandler<GetLoyaltyStanding, LoyaltyStanding>
{
    public async Task<LoyaltyStanding> Handle(GetLoyaltyStanding request, CancellationToken cancellationToken)
    {
        var snapshot = await wallet.ReadAsync(request.UserId, cancellationToken);
        var level = snapshot.Level.Current;
        return new LoyaltyStanding(
            request.UserId, snapshot.Balance, snapshot.Available, snapshot.Level.LifetimePoints, level.Number, level.NameEn, level.NameRu);
    }
}
