using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Gear;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.UpdateActivity;

/// <summary>The database half of the change's validation: new gear must be the athlete's own.</summary>
internal sealed class UpdateActivityGearValidator : AbstractValidator<UpdateActivity>
{
    public UpdateActivityGearValidator(TrainingDbContext db) =>
        RuleFor(r => r.GearId).MustBeOwnGear(db, r => r.OwnerId);
}
