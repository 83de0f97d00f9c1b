using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Pages.Shared;

/// <summary>How a sport's effort reads on the portal: pace (time per distance) for foot sports, speed for the rest; its icon.</summary>
internal static class SportDisplay
{
    public static bool ShowsPace(Sport sport) => sport is Sport.Running or Sport.TrailRunning or Sport.Walking or Sport.Hiking;

    /// <summary>A Material icon name.</summary>
    public static string Icon(Sport sport) => sport switch
    {
        Sport.Running or Sport.TrailRunning => "directions_run",
        Sport.Walking => "directions_walk",
        Sport.Hiking => "hiking",
        Sport.Cycling or Sport.IndoorCycling => "directions_bike",
        Sport.PoolSwimming or Sport.OpenWaterSwimming => "pool",
        Sport.Strength => "fitness_center",
        Sport.Yoga => "self_improvement",
        Sport.Rowing => "rowing",
        Sport.Skiing => "downhill_skiing",
        _ => "sports",
    };
}
