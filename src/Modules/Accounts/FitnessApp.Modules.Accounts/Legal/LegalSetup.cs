using FitnessApp.Modules.Accounts.Legal.AcceptTerms;
using FitnessApp.Modules.Accounts.Legal.GetTerms;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Accounts.Legal;

internal static class LegalSetup
{
    public static IServiceCollection AddLegal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LegalOptions>()
            .Bind(configuration.GetSection(LegalOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.TermsVersion), "Accounts:Legal:TermsVersion must not be empty.")
            .ValidateOnStart();
        return services;
    }

    public static void MapLegal(this IEndpointRouteBuilder api)
    {
        api.MapGetTerms();
        api.MapAcceptTerms();
    }
}
