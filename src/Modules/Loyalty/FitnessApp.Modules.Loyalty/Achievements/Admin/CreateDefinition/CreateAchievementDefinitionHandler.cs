using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.CreateDefinition;

/// <summary>Adds the definition at the end of the catalogue; athletes progress toward it from their next matching event.</summary>
internal sealed class CreateAchievementDefinitionHandler(LoyaltyDbContext db, TimeProvider clock)
    : IRequestHandler<CreateAchievementDefinition, AchievementDefinitionResponse>
{
    public async Task<AchievementDefinitionResponse> Handle(CreateAchievementDefinition request, CancellationToken cancellationToken)
    {
        var code = request.Code!;
        if (await db.AchievementDefinitions.AnyAsync(d => d.Code == code, cancellationToken))
        {
            throw new ConflictException($"An achievement with code '{code}' exists already.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var last = await db.AchievementDefinitions.MaxAsync(d => (int?)d.SortOrder, cancellationToken) ?? 0;
        var checker = WireNames.Parse<AchievementChecker>(request.Checker!);
        var definition = new AchievementDefinition
        {
            Code = code,
            Checker = checker,
            ParametersJson = request.Parameters!.ToJson(),
            Hidden = request.Hidden,
            Progressive = request.Progressive,
            Repeatable = request.Repeatable,
            Points = request.Points,
            NameEn = request.NameEn!.Trim(),
            NameRu = request.NameRu!.Trim(),
            DescriptionEn = request.DescriptionEn!.Trim(),
            DescriptionRu = request.DescriptionRu!.Trim(),
            BadgeSvg = request.BadgeSvg ?? BadgeArt.Draw("star", "#546e7a", 1, hexagon: false),
            Enabled = request.Enabled,
            SortOrder = last + 10,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.AchievementDefinitions.Add(definition);
        return AchievementDefinitionResponse.From(definition);
    }
}
