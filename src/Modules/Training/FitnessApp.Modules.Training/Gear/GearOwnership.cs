using FitnessApp.Modules.Training.Data;
using FluentValidation;

namespace FitnessApp.Modules.Training.Gear;

/// <summary>An activity's <c>gearId</c> must name gear of the activity's owner; anything else is a 400 naming <c>gearId</c>.</summary>
internal static class GearOwnership
{
    public const string NotOwnGear = "'gearId' must name one of your own gear.";

    public static IRuleBuilderOptions<T, Guid?> MustBeOwnGear<T>(this IRuleBuilder<T, Guid?> rule, TrainingDbContext db, Func<T, Guid> owner) =>
        rule.MustAsync((request, gearId, cancellationToken) => gearId is not { } id ? Task.FromResult(true) : db.IsOwnGearAsync(id, owner(request), cancellationToken))
            .WithMessage(NotOwnGear);
}
