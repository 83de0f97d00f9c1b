using System.Text.Json;
using System.Text.Json.Serialization;

namespace FitnessApp.Host.Api;

internal static class ApiSetup
{
    public static IServiceCollection AddPlatformApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        services.AddPlatformSwagger(configuration);
        services.AddPlatformRateLimiting(configuration);
        services.AddHealthChecks();
        return services;
    }

    public static WebApplication MapPlatformApi(this WebApplication app)
    {
        app.MapPlatformSwagger();
        app.MapPlatformHealthChecks();
        return app;
    }
}
