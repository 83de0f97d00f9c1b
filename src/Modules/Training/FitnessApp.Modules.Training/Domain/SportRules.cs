using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Domain;

internal static class SportRules
{
    public static SportRule For(Sport sport) => sport switch
    {
        Sport.Running => new(1.5, HasDistance: true, HasElevation: true),
        Sport.TrailRunning => new(1.0, HasDistance: true, HasElevation: true),
        Sport.Walking => new(0.5, HasDistance: true, HasElevation: true),
        Sport.Hiking => new(0.3, HasDistance: true, HasElevation: true),
        Sport.Cycling => new(4.0, HasDistance: true, HasElevation: true),
        Sport.IndoorCycling => new(null, HasDistance: true, HasElevation: false),
        Sport.PoolSwimming => new(0.3, HasDistance: true, HasElevation: false),
        Sport.OpenWaterSwimming => new(0.3, HasDistance: true, HasElevation: false),
        Sport.Rowing => new(2.0, HasDistance: true, HasElevation: false),
        Sport.Skiing => new(2.0, HasDistance: true, HasElevation: true),
        Sport.Strength => new(null, HasDistance: false, HasElevation: false),
        Sport.Yoga => new(null, HasDistance: false, HasElevation: false),
        Sport.Other => new(0.5, HasDistance: true, HasElevation: true),
        _ => throw new ArgumentOutOfRangeException(nameof(sport), sport, "A sport without rules."),
    };
}
