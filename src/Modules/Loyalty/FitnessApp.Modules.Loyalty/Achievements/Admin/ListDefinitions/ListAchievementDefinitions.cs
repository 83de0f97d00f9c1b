using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.ListDefinitions;

/// <summary>Every definition, enabled or not, in catalogue order (a catalogue is tens of rows: no paging).</summary>
internal sealed record ListAchievementDefinitions : IQuery<IReadOnlyList<AchievementDefinitionResponse>>;

internal sealed class ListAchievementDefinitionsHandler(LoyaltyDbContext db) : IRequestHandler<ListAchievementDefinitions, IReadOnlyList<AchievementDefinitionResponse>>
{
    public async Task<IReadOnlyList<AchievementDefinitionResponse>> Handle(ListAchievementDefinitions request, CancellationToken cancellationToken) =>
        (await db.AchievementDefinitions.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Code).ToListAsync(cancellationToken))
            .Select(AchievementDefinitionResponse.From).ToList();
}
