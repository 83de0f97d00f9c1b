using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Authorization;

namespace FitnessApp.Host.Security;

/// <summary>Everything requires a signed-in user unless it says <c>AllowAnonymous</c>; operators' pages require the operator policy.</summary>
internal static class AuthorizationSetup
{
    public static IServiceCollection AddPlatformAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PlatformPolicies.Operator, policy => policy.RequireRole(PlatformRoles.Operator, PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.Admin, policy => policy.RequireRole(PlatformRoles.Admin));
        services.AddCascadingAuthenticationState();
        return services;
    }
}
