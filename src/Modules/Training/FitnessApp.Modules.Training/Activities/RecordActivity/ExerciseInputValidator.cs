using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

internal sealed class ExerciseInputValidator : AbstractValidator<ExerciseInput>
{
    public ExerciseInputValidator()
    {
        RuleFor(e => e.Name).NotEmpty().MaximumLength(StrengthExercise.NameMaxLength);
        RuleFor(e => e.Sets).NotEmpty();
        RuleForEach(e => e.Sets).ChildRules(set =>
        {
            set.RuleFor(s => s.Reps).NotNull().GreaterThanOrEqualTo(1);
            set.RuleFor(s => s.WeightKg).NotNull().GreaterThanOrEqualTo(0);
            set.RuleFor(s => s.RestSeconds).GreaterThanOrEqualTo(0);
        });
    }
}
