namespace FitnessApp.Modules.Training.Gear;

/// <summary>The distance and retirement maths of gear.</summary>
internal static class GearWear
{
    public const double DefaultShoesThresholdMeters = 800_000;
    public const double NearRetirementShare = 0.9;

    /// <summary>The threshold a new piece of gear gets when its owner does not give one: 800 km for shoes, none otherwise.</summary>
    public static double? DefaultThreshold(GearKind kind) => kind == GearKind.Shoes ? DefaultShoesThresholdMeters : null;

    public static double TotalDistance(double initialMeters, double activitiesMeters) => initialMeters + activitiesMeters;

    /// <summary>Distance as a percentage of the threshold (may exceed 100); null without a threshold.</summary>
    public static double? Percentage(double distanceMeters, double? thresholdMeters) =>
        thresholdMeters is > 0 ? distanceMeters / thresholdMeters.Value * 100 : null;

    /// <summary>Retired gear warns no more; gear without a threshold never warns.</summary>
    public static GearWarning WarningFor(double distanceMeters, double? thresholdMeters, bool retired)
    {
        if (retired || thresholdMeters is not > 0)
        {
            return GearWarning.None;
        }

        if (distanceMeters >= thresholdMeters.Value)
        {
            return GearWarning.RetirementDue;
        }

        return distanceMeters >= thresholdMeters.Value * NearRetirementShare ? GearWarning.NearRetirement : GearWarning.None;
    }
}
