using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Demo;

/// <summary>The training habits of the six demo athletes that Accounts creates (matched by email).</summary>
internal static class DemoAthletes
{
    public static readonly IReadOnlyList<DemoAthletePersona> Personas =
    [
        new("anna@demo.fitnessapp.local", (55.7558, 37.6173), 150, "Europe/Moscow", 191, 48, 57, 0.08,
        [
            new(DayOfWeek.Tuesday, 7, Sport.Running, "Easy run", (7, 9), 10.5, 0.35),
            new(DayOfWeek.Thursday, 19, Sport.Running, "Tempo run", (9, 11), 12.6, 0.7),
            new(DayOfWeek.Saturday, 9, Sport.Running, "Long run", (15, 21), 10.8, 0.45, 25),
            new(DayOfWeek.Sunday, 18, Sport.Yoga, "Evening yoga", Minutes: 45, PerceivedEffort: 2),
        ]),
        new("mark@demo.fitnessapp.local", (55.6761, 12.5683), 10, "Europe/Copenhagen", 186, 52, 78, 0.1,
        [
            new(DayOfWeek.Tuesday, 18, Sport.Cycling, "After-work ride", (35, 45), 29, 0.5, 12),
            new(DayOfWeek.Thursday, 18, Sport.IndoorCycling, "Trainer intervals", Minutes: 60, PerceivedEffort: 8),
            new(DayOfWeek.Saturday, 8, Sport.Cycling, "Weekend ride", (70, 95), 27, 0.45, 30),
            new(DayOfWeek.Sunday, 10, Sport.Running, "Recovery run", (5, 7), 10, 0.3),
        ]),
        new("lena@demo.fitnessapp.local", (52.5200, 13.4050), 40, "Europe/Berlin", 188, 50, 61, 0.1,
        [
            new(DayOfWeek.Monday, 7, Sport.PoolSwimming, "Pool swim", Minutes: 50, PerceivedEffort: 5),
            new(DayOfWeek.Wednesday, 18, Sport.Running, "Intervals", (8, 10), 12.2, 0.65),
            new(DayOfWeek.Friday, 7, Sport.PoolSwimming, "Technique swim", Minutes: 40, PerceivedEffort: 4),
            new(DayOfWeek.Saturday, 9, Sport.Cycling, "Brick ride", (45, 60), 28, 0.5, 15),
            new(DayOfWeek.Sunday, 9, Sport.Running, "Long run", (14, 18), 11, 0.45),
        ]),
        new("ivan@demo.fitnessapp.local", (59.9343, 30.3351), 5, "Europe/Moscow", 178, 58, 84, 0.15,
        [
            new(DayOfWeek.Monday, 8, Sport.Walking, "Morning walk", (4, 6), 5.4, 0.2),
            new(DayOfWeek.Wednesday, 8, Sport.Walking, "Morning walk", (4, 6), 5.4, 0.2),
            new(DayOfWeek.Friday, 18, Sport.Walking, "Evening walk", (5, 7), 5.6, 0.25),
            new(DayOfWeek.Sunday, 10, Sport.Hiking, "Forest hike", (12, 18), 4.6, 0.35, 35),
        ]),
        new("sofia@demo.fitnessapp.local", (45.4642, 9.1900), 120, "Europe/Rome", 189, 55, 59, 0.1,
        [
            new(DayOfWeek.Monday, 19, Sport.Strength, "Gym: lower body", Minutes: 55, PerceivedEffort: 7),
            new(DayOfWeek.Tuesday, 7, Sport.Running, "Park run", (5, 8), 10.2, 0.45),
            new(DayOfWeek.Thursday, 19, Sport.Strength, "Gym: upper body", Minutes: 50, PerceivedEffort: 6),
            new(DayOfWeek.Saturday, 10, Sport.Yoga, "Yoga flow", Minutes: 60, PerceivedEffort: 3),
            new(DayOfWeek.Sunday, 9, Sport.TrailRunning, "Trail run", (8, 12), 8.8, 0.55, 60),
        ]),
        new("tom@demo.fitnessapp.local", (51.5074, -0.1278), 20, "Europe/London", 183, 62, 88, 0.35,
        [
            new(DayOfWeek.Wednesday, 12, Sport.Running, "Lunch run", (4, 6), 9.6, 0.5),
            new(DayOfWeek.Saturday, 9, Sport.Running, "parkrun", (5, 5.1), 11.5, 0.75, 5),
            new(DayOfWeek.Sunday, 15, Sport.Walking, "Sunday walk", (3, 5), 5, 0.15),
        ]),
    ];
}
