using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

internal sealed class ExerciseInputValidator : AbstractValidator<ExerciseInput>
{
    public const int MaxExercises = 50;
    public const int MaxSetsPerExercise = 50;

    public ExerciseInputValidator()
    {
        RuleFor(e => e.Name).NotEmpty().MaximumLength(StrengthExercise.NameMaxLength);
        RuleFor(e => e.Sets).NotEmpty()
            .Must(sets => sets is null || sets.Count <= MaxSetsPerExercise)
            .WithMessage($"'sets' may hold at most {MaxSetsPerExercise} sets per exercise.");
        RuleForEach(e => e.Sets).NotNull().WithMessage("'sets' must not contain null.").ChildRules(set =>
        {
            set.RuleFor(s => s.Reps).NotNull().GreaterThanOrEqualTo(1);
            set.RuleFor(s => s.WeightKg).NotNull().GreaterThanOrEqualTo(0);
            set.RuleFor(s => s.RestSeconds).GreaterThanOrEqualTo(0);
        });
    }
}
