using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FitnessApp.Host.Api;

/// <summary>
/// The rate limiter and how it answers: 429 problem documents with <c>Retry-After</c>. Modules add their
/// own policies (Accounts adds <c>auth</c>: sign-in, registration, refresh and password reset, per client
/// network, sized by <c>RateLimiting:Auth:PermitLimit</c> per <c>RateLimiting:Auth:WindowSeconds</c>; the
/// portal's sign-in and registration form posts share it, GETs are not counted).
/// </summary>
internal static class RateLimitingSetup
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:Auth:WindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
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
