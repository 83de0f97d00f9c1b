using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Accounts.Avatars;

internal static class AvatarSetup
{
    public static IServiceCollection AddAvatars(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AvatarOptions>().Bind(configuration.GetSection(AvatarOptions.Section));
        services.AddScoped<AvatarStore>();
        return services;
    }
}
