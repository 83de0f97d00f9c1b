using System.Diagnostics;
using Serilog.Context;

namespace FitnessApp.Host.Logging;

/// <summary>
/// One log line per request, carrying a correlation id: the client's <c>X-Correlation-Id</c> when it is
/// sane, otherwise a new one. The id is returned as a response header and in every problem document.
/// </summary>
internal static class CorrelatedRequestLogging
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaxLength = 64;

    public static IApplicationBuilder UseCorrelatedRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("FitnessApp.Requests");
        return app.Use(async (context, next) =>
        {
            var correlationId = ReadOrCreate(context.Request.Headers[HeaderName].ToString());
            context.TraceIdentifier = correlationId;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = correlationId;
                return Task.CompletedTask;
            });

            var started = Stopwatch.GetTimestamp();
            using (LogContext.PushProperty("CorrelationId", correlationId))
            {
                try
                {
                    await next(context);
                }
                finally
                {
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
                    logger.Log(
                        status >= 500 ? LogLevel.Error : LogLevel.Information,
                        "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                        context.Request.Method,
                        context.Request.Path.Value,
                        status,
                        elapsed);
                }
            }
        });
    }

    private static string ReadOrCreate(string candidate) =>
        candidate.Length is > 0 and <= MaxLength && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? candidate
            : Guid.CreateVersion7().ToString("N");
}
