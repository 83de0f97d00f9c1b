using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shared.Idempotency;

public static class IdempotencyBufferingMiddleware
{
    /// <summary>
    /// Requests that carry an <c>Idempotency-Key</c> get a rewindable body, so that the endpoint filter
    /// can hash what was sent after model binding has read it.
    /// </summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.ContainsKey(IdempotencyKey.HeaderName))
            {
                context.Request.EnableBuffering();
            }

            await next(context);
        });
}
