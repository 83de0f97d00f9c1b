using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Domain;

/// <summary>The title an activity gets when the athlete gives none, from the local time of day: "Morning Run".</summary>
internal static class ActivityTitles
{
    public static string Default(Sport sport, DateTime localStart) => $"{PartOfDay(localStart.Hour)} {Noun(sport)}";

    private static string PartOfDay(int hour) => hour switch
    {
        >= 5 and < 12 => "Morning",
        >= 12 and < 17 => "Afternoon",
        >= 17 and < 21 => "Evening",
        _ => "Night",
    };

    private static string Noun(Sport sport) => sport switch
    {
        Sport.Running => "Run",
        Sport.TrailRunning => "Trail Run",
        Sport.Walking => "Walk",
        Sport.Hiking => "Hike",
        Sport.Cycling => "Ride",
        Sport.IndoorCycling => "Indoor Ride",
        Sport.PoolSwimming => "Swim",
        Sport.OpenWaterSwimming => "Open Water Swim",
        Sport.Strength => "Strength Workout",
        Sport.Yoga => "Yoga",
        Sport.Rowing => "Row",
        Sport.Skiing => "Ski",
        _ => "Workout",
    };
}
