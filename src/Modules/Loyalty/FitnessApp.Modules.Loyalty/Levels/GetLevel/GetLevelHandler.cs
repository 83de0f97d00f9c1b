using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Wallet;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Levels.GetLevel;

internal sealed class GetLevelHandler(WalletReader wallet, PointsLedger ledger) : IRequestHandler<GetLevel, LevelResponse>
{
    public async Task<LevelResponse> Handle(GetLevel request, CancellationToken cancellationToken)
    {
        var level = (await wallet.ReadAsync(request.UserId, cancellationToken)).Level;
        var table = await ledger.LevelsAsync(cancellationToken);
        return new LevelResponse(
            Item(level.Current), level.Next is { } next ? Item(next) : null, level.LifetimePoints, level.Progress, [.. table.Levels.Select(Item)]);
    }

    private static LevelItem Item(LevelDefinition level) => new(level.Number, LevelStanding.NameOf(level), level.MinimumPoints);
}
