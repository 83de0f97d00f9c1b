using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>FIT sport/sub_sport (profile enums) to our sports.</summary>
internal static class FitSports
{
    public const int Transition = 3;

    public static Sport? ToSport(int? sport, int? subSport) => (sport, subSport) switch
    {
        (null, _) => null,
        (1, 3) => Sport.TrailRunning,
        (1, _) => Sport.Running,
        (2, 5 or 6) => Sport.IndoorCycling,
        (2, _) => Sport.Cycling,
        (5, 17) => Sport.PoolSwimming,
        (5, 18) => Sport.OpenWaterSwimming,
        (5, _) => Sport.PoolSwimming,
        (4, 14) or (15, _) => Sport.Rowing,
        (4, 6) => Sport.IndoorCycling,
        (4, 1) => Sport.Running,
        (10, 20) => Sport.Strength,
        (10, 43) => Sport.Yoga,
        (11, _) => Sport.Walking,
        (17, _) => Sport.Hiking,
        (12 or 13 or 14, _) => Sport.Skiing,
        _ => Sport.Other,
    };
}
