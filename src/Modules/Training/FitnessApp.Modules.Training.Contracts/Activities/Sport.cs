namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>The kind of workout; on the wire as camelCase strings such as <c>trailRunning</c>.</summary>
public enum Sport
{
    Running,
    TrailRunning,
    Walking,
    Hiking,
    Cycling,
    IndoorCycling,
    PoolSwimming,
    OpenWaterSwimming,
    Strength,
    Yoga,
    Rowing,
    Skiing,
    Other,
}
