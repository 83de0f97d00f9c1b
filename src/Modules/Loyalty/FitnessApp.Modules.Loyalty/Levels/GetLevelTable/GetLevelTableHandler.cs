using FitnessApp.Modules.Loyalty.Domain;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Levels.GetLevelTable;

internal sealed class GetLevelTableHandler(PointsLedger ledger) : IRequestHandler<GetLevelTable, IReadOnlyList<LevelDefinitionResponse>>
{
    public async Task<IReadOnlyList<LevelDefinitionResponse>> Handle(GetLevelTable request, CancellationToken cancellationToken) =>
        [.. (await ledger.LevelsAsync(cancellationToken)).Levels.Select(l => new LevelDefinitionResponse(l.Number, l.MinimumPoints, l.NameEn, l.NameRu))];
}
