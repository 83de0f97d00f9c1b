using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.UpdateDefinition;

internal sealed class UpdateAchievementDefinitionValidator : AbstractValidator<UpdateAchievementDefinition>
{
    public UpdateAchievementDefinitionValidator()
    {
        this.Common(r => r.NameEn, r => r.NameRu, r => r.DescriptionEn, r => r.DescriptionRu, r => r.Points);
        this.Badge(r => r.BadgeSvg, required: true);
    }
}
