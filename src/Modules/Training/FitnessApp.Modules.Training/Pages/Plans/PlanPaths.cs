namespace FitnessApp.Modules.Training.Pages.Plans;

internal static class PlanPaths
{
    /// <summary>The operators' page for plan templates.</summary>
    public const string Operators = "/ops/training/plans";
}
