using System.Globalization;
using System.Threading.RateLimiting;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace FitnessApp.Host.Api;

/// <summary>
/// The <c>auth</c> policy (sign-in, registration, refresh; the portal's sign-in and registration form
/// posts too; GETs of those pages are not counted): a fixed window per client IP, sized by
/// <c>RateLimiting:Auth:PermitLimit</c> per <c>RateLimiting:Auth:WindowSeconds</c>. Rejections are 429
/// problem documents with <c>Retry-After</c>.
/// </summary>
internal static class RateLimitingSetup
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitLimit = configuration.GetValue("RateLimiting:Auth:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:Auth:WindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PlatformPolicies.AuthRateLimit, context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"Too many attempts from this address. Try again in {seconds} seconds.",
                    },
                });
            };
        });
        return services;
    }
}
