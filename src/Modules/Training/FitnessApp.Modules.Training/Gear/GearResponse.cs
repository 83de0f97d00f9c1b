using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Gear;

/// <summary>
/// Gear as the API shows it. <c>distanceMeters</c> = <c>initialDistanceMeters</c> + the distance of the activities
/// that name it; <c>wearPercentage</c> is that distance against the threshold (null without one).
/// </summary>
internal sealed record GearResponse(
    Guid Id,
    GearKind Kind,
    string Name,
    string? Brand,
    string? Model,
    IReadOnlyList<Sport> Sports,
    double InitialDistanceMeters,
    double DistanceMeters,
    int ActivityCount,
    double? RetirementThresholdMeters,
    double? WearPercentage,
    GearWarning Warning,
    bool Retired,
    DateTime? RetiredAt,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static GearResponse From(GearItem gear, GearUsage usage)
    {
        var distance = GearWear.TotalDistance(gear.InitialDistanceMeters, usage.DistanceMeters);
        return new(
            gear.Id, gear.Kind, gear.Name, gear.Brand, gear.Model, gear.Sports, gear.InitialDistanceMeters, distance, usage.ActivityCount,
            gear.RetirementThresholdMeters, GearWear.Percentage(distance, gear.RetirementThresholdMeters),
            GearWear.WarningFor(distance, gear.RetirementThresholdMeters, gear.IsRetired), gear.IsRetired, gear.RetiredAt, gear.CreatedAt, gear.UpdatedAt);
    }
}
