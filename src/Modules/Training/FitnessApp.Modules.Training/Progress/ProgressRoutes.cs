namespace FitnessApp.Modules.Training.Progress;

internal static class ProgressRoutes
{
    public const string Statistics = "/stats";
    public const string Records = "/records";
    public const string Fitness = "/fitness";
    public const string Recommendation = "/recommendation";
}
