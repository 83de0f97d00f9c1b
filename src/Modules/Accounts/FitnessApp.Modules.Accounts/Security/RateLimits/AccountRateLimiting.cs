using System.Globalization;
using System.Threading.RateLimiting;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Accounts.Security.RateLimits;

/// <summary>
/// The <c>auth</c> policy (per client network, <c>RateLimiting:Auth:PermitLimit</c> per
/// <c>RateLimiting:Auth:WindowSeconds</c>; reads are free) and the per-account limits of the same endpoints.
/// The host's rate limiter answers the policy's rejections (429 problem with <c>Retry-After</c>).
/// </summary>
internal static class AccountRateLimiting
{
    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountRateLimitOptions>().Bind(configuration.GetSection(AccountRateLimitOptions.Section));
        services.AddSingleton<AccountAttemptLimiter>();
        var permitLimit = configuration.GetValue("RateLimiting:Auth:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:Auth:WindowSeconds", 60));
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(PlatformPolicies.AuthRateLimit, context =>
            HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reads")
                : RateLimitPartition.GetFixedWindowLimiter(
                    RateLimitPartitionKeys.ForClient(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })));
        return services;
    }

    /// <summary>Both limits on an endpoint: the <c>auth</c> policy per client, and the account limits its handler counts.</summary>
    public static RouteHandlerBuilder WithAuthRateLimits(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireRateLimiting(PlatformPolicies.AuthRateLimit)
            .AddEndpointFilter(async (context, next) =>
            {
                try
                {
                    return await next(context);
                }
                catch (TooManyAttemptsException tooMany)
                {
                    context.HttpContext.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                    return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.", detail: tooMany.Message);
                }
            })
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
