namespace FitnessApp.Host.Startup;

/// <summary>
/// On SIGTERM the server stops accepting requests, in-flight requests finish and hosted services (jobs,
/// outbox dispatch) get their cancellation, all within <c>HostOptions:ShutdownTimeout</c> (30 s by default).
/// </summary>
internal static class GracefulShutdown
{
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HostOptions>(configuration.GetSection("HostOptions"));
        return services;
    }
}
