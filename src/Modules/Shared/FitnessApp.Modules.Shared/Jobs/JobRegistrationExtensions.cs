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
}
