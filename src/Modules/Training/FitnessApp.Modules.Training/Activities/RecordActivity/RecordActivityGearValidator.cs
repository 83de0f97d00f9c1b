using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Gear;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

/// <summary>The database half of recording's validation: the gear must be the athlete's own.</summary>
internal sealed class RecordActivityGearValidator : AbstractValidator<RecordActivity>
{
    public RecordActivityGearValidator(TrainingDbContext db) =>
        RuleFor(r => r.GearId).MustBeOwnGear(db, r => r.OwnerId);
}
