using System.Text.RegularExpressions;
using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Shared.Web;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.CreateDefinition;

internal sealed partial class CreateAchievementDefinitionValidator : AbstractValidator<CreateAchievementDefinition>
{
    public CreateAchievementDefinitionValidator()
    {
        RuleFor(r => r.Code).NotEmpty().Matches(CodePattern())
            .WithMessage("'code' must be 2-40 lower-case letters, digits or dashes, starting with a letter or digit.");
        RuleFor(r => r.Checker).Must(c => WireNames.IsValid<AchievementChecker>(c))
            .WithMessage($"'checker' must be one of: {WireNames.Names<AchievementChecker>()}.");
        RuleFor(r => r.Parameters).NotNull().Custom((parameters, context) =>
        {
            if (parameters is null || !WireNames.TryParse<AchievementChecker>(context.InstanceToValidate.Checker, out var kind))
            {
                return;
            }

            foreach (var (field, message) in AchievementCheckers.Validate(kind, parameters))
            {
                context.AddFailure(field, message);
            }
        });
        this.Common(r => r.NameEn, r => r.NameRu, r => r.DescriptionEn, r => r.DescriptionRu, r => r.Points);
        this.Badge(r => r.BadgeSvg, required: false);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
