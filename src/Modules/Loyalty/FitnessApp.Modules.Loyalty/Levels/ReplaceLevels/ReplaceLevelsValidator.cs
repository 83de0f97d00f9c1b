using FitnessApp.Modules.Loyalty.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Levels.ReplaceLevels;

internal sealed class ReplaceLevelsValidator : AbstractValidator<ReplaceLevels>
{
    public ReplaceLevelsValidator()
    {
        RuleFor(c => c.Levels).NotEmpty()
            .Must(l => l is null || l.Count <= ReplaceLevels.MaxLevels)
            .WithMessage($"'levels' may hold at most {ReplaceLevels.MaxLevels} levels.");
        RuleForEach(c => c.Levels).ChildRules(level =>
        {
            level.RuleFor(l => l.MinimumPoints).NotNull().GreaterThanOrEqualTo(0);
            level.RuleFor(l => l.NameEn).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'nameEn' is required.")
                .MaximumLength(LevelDefinition.NameMaxLength);
            level.RuleFor(l => l.NameRu).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'nameRu' is required.")
                .MaximumLength(LevelDefinition.NameMaxLength);
        });
        RuleFor(c => c.Levels).Custom((levels, context) =>
        {
            if (levels is not { Count: > 0 })
            {
                return;
            }

            if (levels[0].MinimumPoints is > 0)
            {
                context.AddFailure("levels[0].minimumPoints", "Level 1 must start at 0 points.");
            }

            for (var i = 1; i < levels.Count; i++)
            {
                if (levels[i].MinimumPoints is { } points && levels[i - 1].MinimumPoints is { } previous && points <= previous)
                {
                    context.AddFailure($"levels[{i}].minimumPoints", "Every threshold must be above the previous level's.");
                }
            }
        });
    }
}
