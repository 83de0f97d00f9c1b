using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Goals;

/// <summary>
/// An athlete's target for every week, month or year: a distance (m), moving time (s), elevation gain (m) or
/// number of activities, of one sport or of all (<see cref="Sport"/> null).
/// </summary>
internal sealed class Goal
{
    public const int TitleMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OwnerId { get; init; }

    public GoalPeriod Period { get; set; }

    public GoalMetric Metric { get; set; }

    public Sport? Sport { get; set; }

    public double TargetValue { get; set; }

    public string? Title { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }
}
