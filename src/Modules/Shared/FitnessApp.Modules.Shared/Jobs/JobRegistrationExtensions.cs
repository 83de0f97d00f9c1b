using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FitnessApp.Modules.Shared.Jobs;

public static class JobRegistrationExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> to run on <paramref name="schedule"/>; call it from a module's
    /// <c>AddServices</c> with the module's name as <paramref name="group"/>. The host stores the job in
    /// the scheduler at startup, and removes jobs that are no longer registered (a module switched off).
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(
        this IServiceCollection services, string group, string name, JobSchedule schedule, string description)
        where TJob : class, IJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var duplicate = services.Select(d => d.ImplementationInstance).OfType<ScheduledJob>()
            .Any(j => j.Group == group && j.Name == name);
        if (duplicate)
        {
            throw new InvalidOperationException($"The job '{group}.{name}' is registered twice.");
        }

        services.AddTransient<TJob>();
        services.AddSingleton(new ScheduledJob(typeof(TJob), group, name, schedule, description));
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TJob"/> as a job with no schedule: it runs once for every
    /// <see cref="IJobQueue.EnqueueAsync{TJob}"/>, with that call's input, retried per its <c>[RetryPolicy]</c>, and its
    /// runs (failures, retries, inputs) are on the jobs dashboard like any other job's.
    /// </summary>
    public static IServiceCollection AddOnDemandJob<TJob>(this IServiceCollection services, string group, string name, string description)
        where TJob : class, IJob =>
        services.AddScheduledJob<TJob>(group, name, JobSchedule.OnDemand, description);
}
