using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Levels.GetLevelTable;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Levels.ReplaceLevels;

internal sealed class ReplaceLevelsHandler(LoyaltyDbContext db, IMediator mediator) : IRequestHandler<ReplaceLevels, IReadOnlyList<LevelDefinitionResponse>>
{
    public async Task<IReadOnlyList<LevelDefinitionResponse>> Handle(ReplaceLevels request, CancellationToken cancellationToken)
    {
        var existing = await db.LevelDefinitions.ToDictionaryAsync(l => l.Number, cancellationToken);
        var levels = request.Levels!;
        for (var i = 0; i < levels.Count; i++)
        {
            var number = i + 1;
            var input = levels[i];
            if (existing.Remove(number, out var level))
            {
                level.MinimumPoints = input.MinimumPoints!.Value;
                level.NameEn = input.NameEn!.Trim();
                level.NameRu = input.NameRu!.Trim();
            }
            else
            {
                db.LevelDefinitions.Add(new LevelDefinition
                {
                    Number = number, MinimumPoints = input.MinimumPoints!.Value, NameEn = input.NameEn!.Trim(), NameRu = input.NameRu!.Trim(),
                });
            }
        }

        db.LevelDefinitions.RemoveRange(existing.Values);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetLevelTable.GetLevelTable(), cancellationToken);
    }
}
