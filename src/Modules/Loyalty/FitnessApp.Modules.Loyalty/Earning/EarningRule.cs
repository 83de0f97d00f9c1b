using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>
/// What one sport earns (operators edit these). A rule with no sport applies to every sport that has no rule of its own.
/// </summary>
internal sealed class EarningRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Null: every sport without a rule of its own.</summary>
    public Sport? Sport { get; set; }

    public double PointsPerKm { get; set; }

    public double PointsPerMinute { get; set; }

    public int PointsPerWorkout { get; set; }

    public DateTime UpdatedAt { get; set; }
}
