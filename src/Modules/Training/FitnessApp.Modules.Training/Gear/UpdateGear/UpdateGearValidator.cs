using FluentValidation;

namespace FitnessApp.Modules.Training.Gear.UpdateGear;

internal sealed class UpdateGearValidator : AbstractValidator<UpdateGear>
{
    public UpdateGearValidator() => this.AddGearInputRules();
}
