using FluentValidation;

namespace FitnessApp.Modules.Training.Goals.CreateGoal;

internal sealed class CreateGoalValidator : AbstractValidator<CreateGoal>
{
    public CreateGoalValidator() => this.AddGoalInputRules();
}
