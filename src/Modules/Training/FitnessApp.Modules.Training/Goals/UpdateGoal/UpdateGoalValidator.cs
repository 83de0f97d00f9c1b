using FluentValidation;

namespace FitnessApp.Modules.Training.Goals.UpdateGoal;

internal sealed class UpdateGoalValidator : AbstractValidator<UpdateGoal>
{
    public UpdateGoalValidator() => this.AddGoalInputRules();
}
