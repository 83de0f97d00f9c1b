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

    /// <summary>
    /// Routing answers a wrong method (405) or content type (415) with endpoints of its own that carry no
    /// metadata, so the fallback policy turned them into a 401 for visitors, even on anonymous endpoints
    /// such as registration. They reveal nothing and need no user: let them answer. Call before
    /// <c>UseAuthorization</c>.
    /// </summary>
    public static IApplicationBuilder UseAnonymousRoutingRejections(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is { DisplayName: "405 HTTP Method Not Supported" or "415 HTTP Unsupported Media Type" } rejection
                && rejection.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                context.SetEndpoint(new Endpoint(
                    rejection.RequestDelegate,
                    new EndpointMetadataCollection([.. rejection.Metadata, new AllowAnonymousAttribute()]),
                    rejection.DisplayName));
            }

            await next(context);
        });
}
