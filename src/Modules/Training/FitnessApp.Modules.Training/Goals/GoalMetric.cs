namespace FitnessApp.Modules.Training.Goals;

/// <summary>What a goal sums: metres, moving seconds, metres climbed, or activities.</summary>
internal enum GoalMetric
{
    Distance = 0,
    MovingTime = 1,
    Elevation = 2,
    Count = 3,
}
