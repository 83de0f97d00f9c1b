using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.UpdateDefinition;

internal sealed class UpdateAchievementDefinitionHandler(LoyaltyDbContext db, TimeProvider clock)
    : IRequestHandler<UpdateAchievementDefinition, AchievementDefinitionResponse>
{
    public async Task<AchievementDefinitionResponse> Handle(UpdateAchievementDefinition request, CancellationToken cancellationToken)
    {
        var definition = await db.AchievementDefinitions.SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Achievement", request.Id);
        definition.Hidden = request.Hidden;
        definition.Progressive = request.Progressive;
        definition.Repeatable = request.Repeatable;
        definition.Points = request.Points;
        definition.NameEn = request.NameEn!.Trim();
        definition.NameRu = request.NameRu!.Trim();
        definition.DescriptionEn = request.DescriptionEn!.Trim();
        definition.DescriptionRu = request.DescriptionRu!.Trim();
        definition.BadgeSvg = request.BadgeSvg!;
        definition.Enabled = request.Enabled;
        definition.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return AchievementDefinitionResponse.From(definition);
    }
}
