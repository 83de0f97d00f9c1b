using FluentValidation;

namespace FitnessApp.Modules.Training.Gear.CreateGear;

internal sealed class CreateGearValidator : AbstractValidator<CreateGear>
{
    public CreateGearValidator() => this.AddGearInputRules();
}
