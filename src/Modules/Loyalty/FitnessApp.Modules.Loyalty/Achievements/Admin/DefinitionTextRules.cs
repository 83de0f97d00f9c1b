using FitnessApp.Modules.Loyalty.Achievements.Badges;
using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin;

/// <summary>The rules shared by creating and editing a definition: texts, points, badge.</summary>
internal static class DefinitionTextRules
{
    public static void Text<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> field, int maxLength) =>
        validator.RuleFor(field).NotEmpty().MaximumLength(maxLength);

    public static void Common<T>(
        this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, string?>> nameEn,
        System.Linq.Expressions.Expression<Func<T, string?>> nameRu,
        System.Linq.Expressions.Expression<Func<T, string?>> descriptionEn,
        System.Linq.Expressions.Expression<Func<T, string?>> descriptionRu,
        System.Linq.Expressions.Expression<Func<T, int>> points)
    {
        validator.Text(nameEn, AchievementDefinition.NameMaxLength);
        validator.Text(nameRu, AchievementDefinition.NameMaxLength);
        validator.Text(descriptionEn, AchievementDefinition.DescriptionMaxLength);
        validator.Text(descriptionRu, AchievementDefinition.DescriptionMaxLength);
        validator.RuleFor(points).InclusiveBetween(0, AchievementRoutes.MaxPoints);
    }

    public static void Badge<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> badge, bool required) =>
        validator.RuleFor(badge).Custom((svg, context) =>
        {
            if (svg is null && !required)
            {
                return;
            }

            if (BadgeSvgRules.Problem(svg) is { } problem)
            {
                context.AddFailure("badgeSvg", problem);
            }
        });
}
