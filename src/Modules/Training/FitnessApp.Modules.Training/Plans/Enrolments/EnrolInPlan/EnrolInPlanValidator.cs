using FluentValidation;

namespace FitnessApp.Modules.Training.Plans.Enrolments.EnrolInPlan;

internal sealed class EnrolInPlanValidator : AbstractValidator<EnrolInPlan>
{
    public const int MaxDaysBack = 7;
    public const int MaxDaysAhead = 366;

    public EnrolInPlanValidator(TimeProvider clock)
    {
        RuleFor(r => r.TemplateId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.StartDate).NotNull()
            .Must(start => start is null || start >= clock.Today().AddDays(-MaxDaysBack))
            .WithMessage($"'startDate' must not be more than {MaxDaysBack} days in the past.")
            .Must(start => start is null || start <= clock.Today().AddDays(MaxDaysAhead))
            .WithMessage($"'startDate' must be within {MaxDaysAhead} days from today.");
    }
}
