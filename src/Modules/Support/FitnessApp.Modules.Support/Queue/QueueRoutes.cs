namespace FitnessApp.Modules.Support.Queue;

internal static class QueueRoutes
{
    public const string Queue = "/queue";

    public static string Of(Guid id) => $"/api/v1/support/queue/{id}";
}
