using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Plans.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Plans.Templates;

/// <summary>The rules of a template's fields, shared by create and replace.</summary>
internal abstract class PlanTemplateFieldsValidator<T> : AbstractValidator<T>
    where T : IPlanTemplateFields
{
    public const int MaxWorkoutsPerWeek = 14;
    public const int MaxDurationSeconds = 24 * 3600;
    public const double MaxDistanceMeters = 1_000_000;

    protected PlanTemplateFieldsValidator()
    {
        RuleFor(t => t.NameEn).NotEmpty().MaximumLength(PlanTemplate.NameMaxLength);
        RuleFor(t => t.NameRu).NotEmpty().MaximumLength(PlanTemplate.NameMaxLength);
        RuleFor(t => t.DescriptionEn).NotNull().MaximumLength(PlanTemplate.DescriptionMaxLength);
        RuleFor(t => t.DescriptionRu).NotNull().MaximumLength(PlanTemplate.DescriptionMaxLength);
        RuleFor(t => t.SportFocus).NotEmpty().Must(WireNames.IsValid<Sport>)
            .WithMessage($"'sportFocus' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(t => t.Level).NotEmpty().Must(WireNames.IsValid<PlanLevel>)
            .WithMessage($"'level' must be one of: {WireNames.Names<PlanLevel>()}.");
        RuleFor(t => t.Weeks).NotNull().InclusiveBetween(1, PlanTemplate.MaxWeeks);
        RuleFor(t => t.Workouts).NotNull()
            .Must((t, workouts) => workouts is null || workouts.Count <= MaxWorkoutsPerWeek * Math.Clamp(t.Weeks ?? 1, 1, PlanTemplate.MaxWeeks))
            .WithMessage($"'workouts' may hold at most {MaxWorkoutsPerWeek} workouts per week.");
        RuleForEach(t => t.Workouts).NotNull().WithMessage("'workouts' must not contain null.").ChildRules(w =>
        {
            w.RuleFor(x => x.Week).NotNull().GreaterThanOrEqualTo(1);
            w.RuleFor(x => x.DayOfWeek).NotEmpty().Must(WireNames.IsValid<DayOfWeek>)
                .WithMessage($"'dayOfWeek' must be one of: {WireNames.Names<DayOfWeek>()}.");
            w.RuleFor(x => x.Sport).NotEmpty().Must(WireNames.IsValid<Sport>)
                .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
            w.RuleFor(x => x.Intensity).NotEmpty().Must(WireNames.IsValid<Intensity>)
                .WithMessage($"'intensity' must be one of: {WireNames.Names<Intensity>()}.");
            w.RuleFor(x => x.DurationSeconds).InclusiveBetween(1, MaxDurationSeconds);
            w.RuleFor(x => x.DistanceMeters).GreaterThan(0).LessThanOrEqualTo(MaxDistanceMeters);
            w.RuleFor(x => x.DurationSeconds)
                .Must((x, duration) => duration is not null || x.DistanceMeters is not null || x.Intensity == WireNames.Of(Intensity.Rest))
                .WithMessage("A workout needs 'durationSeconds' or 'distanceMeters' (rest days need neither).");
            w.RuleFor(x => x.DescriptionEn).NotNull().MaximumLength(TemplateWorkout.DescriptionMaxLength);
            w.RuleFor(x => x.DescriptionRu).NotNull().MaximumLength(TemplateWorkout.DescriptionMaxLength);
        });

        // Weeks beyond the plan's length would never land on a calendar.
        RuleForEach(t => t.Workouts).Custom((w, context) =>
        {
            var weeks = context.InstanceToValidate.Weeks;
            if (w?.Week is { } week && weeks is not null && week > weeks)
            {
                context.AddFailure("week", $"'week' {week} is after the plan's last week ({weeks}).");
            }
        });
    }
}
