namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>Who a plan is written for; on the wire as camelCase names.</summary>
internal enum PlanLevel
{
    Beginner,
    Intermediate,
    Advanced,
}
