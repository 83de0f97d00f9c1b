using Microsoft.AspNetCore.Diagnostics;

namespace FitnessApp.Host.Errors;

internal static class ErrorsSetup
{
    public static IServiceCollection AddPlatformErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // Malformed JSON and missing bodies throw, so that the handler above explains them.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Exceptions become problem documents; empty 4xx API responses (401, 403, 404, 405) get one too.</summary>
    public static WebApplication UsePlatformErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", AllowStatusCode404Response = true });
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (!http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/swagger"))
            {
                return;
            }

            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode, Title = TitleOf(http.Response.StatusCode), Detail = DetailOf(http) },
            });
        });
        return app;
    }

    private static string TitleOf(int status) => status switch
    {
        401 => "Not signed in.",
        403 => "Not allowed.",
        404 => "Not found.",
        405 => "Method not allowed.",
        415 => "Unsupported media type.",
        _ => "The request failed.",
    };

    private static string DetailOf(HttpContext http) => http.Response.StatusCode switch
    {
        401 => "Send a bearer token (POST /api/v1/accounts/login) or sign in to the portal.",
        403 => "Your account does not have the role this needs.",
        404 => $"Nothing is at {http.Request.Path}.",
        405 => $"{http.Request.Method} is not supported at {http.Request.Path}.",
        415 => "Send the body as application/json.",
        _ => string.Empty,
    };
}
