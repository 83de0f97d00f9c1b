using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>
/// Which activities count for a planned workout: the same family of sport. A planned run is done by a run or a trail
/// run, a planned ride by an outdoor or indoor ride, a planned swim in the pool or open water, a planned walk by a walk
/// or a hike; every other sport only by itself.
/// </summary>
internal static class SportFamilies
{
    public static Sport FamilyOf(Sport sport) => sport switch
    {
        Sport.Running or Sport.TrailRunning => Sport.Running,
        Sport.Walking or Sport.Hiking => Sport.Walking,
        Sport.Cycling or Sport.IndoorCycling => Sport.Cycling,
        Sport.PoolSwimming or Sport.OpenWaterSwimming => Sport.PoolSwimming,
        _ => sport,
    };

    public static bool Completes(Sport activity, Sport planned) => FamilyOf(activity) == FamilyOf(planned);
}
