using FitnessApp.Modules.Shared.Jobs;

namespace FitnessApp.Host.Jobs.Platform;

/// <summary>The jobs of the platform itself, in the <c>platform</c> group; modules register theirs the same way.</summary>
internal static class PlatformJobs
{
    public const string Group = "platform";
    public const string OutboxDispatch = "outbox-dispatch";
    public const string Cleanup = "cleanup";

    public static IServiceCollection AddPlatformJobDefinitions(this IServiceCollection services, JobsOptions options)
    {
        services.AddScheduledJob<OutboxDispatchJob>(
            Group, OutboxDispatch, JobSchedule.Every(options.OutboxSweepInterval), "Delivers due outbox messages of every module (safety net).");
        services.AddScheduledJob<PlatformCleanupJob>(
            Group, Cleanup, JobSchedule.Every(options.CleanupInterval), "Deletes delivered outbox rows, old inbox rows and expired idempotency keys.");
        return services;
    }
}
