using System.Text.Json;
using FitnessApp.Modules.Shared.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FitnessApp.Host.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem documents. Known failures keep their message
/// (it is written for the client); anything else is a 500 whose body says only that it happened and
/// which correlation id to quote. Page requests that fail go to the portal's error page instead.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path.Value);
            if (!IsApiRequest(httpContext))
            {
                return false;
            }
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status429TooManyRequests })
        {
            httpContext.Response.Headers.RetryAfter = "60";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => ValidationProblem(validation),
        BadHttpRequestException badRequest => new ProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is not valid.",
            Detail = Describe(badRequest),
        },
        UnauthorizedException => Problem(StatusCodes.Status401Unauthorized, "Not signed in.", exception.Message),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, "Not allowed.", exception.Message),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found.", exception.Message),
        ConflictException conflict => WithExtensions(Problem(StatusCodes.Status409Conflict, "Conflict.", conflict.Message), conflict.Extensions),
        PayloadTooLargeException => Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", exception.Message),
        UnprocessableException => Problem(StatusCodes.Status422UnprocessableEntity, "The request cannot be processed.", exception.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error was logged; quote the correlation id when you report it."),
    };

    private static ValidationProblemDetails ValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => CamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
        };
    }

    /// <summary>Minimal APIs wrap JSON errors; the inner message says which member and why.</summary>
    private static string Describe(BadHttpRequestException badRequest) =>
        badRequest.InnerException is JsonException json
            ? $"{badRequest.Message} {json.Message}"
            : badRequest.Message;

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static string CamelCase(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health")
        || !context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
