namespace FitnessApp.Modules.Training.Activities;

internal static class ActivityRoutes
{
    public const string Activities = "/activities";

    public static string Of(Guid id) => $"/api/v1/training/activities/{id}";
}
