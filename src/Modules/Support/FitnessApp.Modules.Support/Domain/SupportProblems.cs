using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitnessApp.Modules.Support.Domain;

/// <summary>Refused screenshots become problem documents (the host's exception handler does not know this module's exception).</summary>
internal sealed class SupportProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ScreenshotRejectedException rejected)
        {
            return ToProblem(rejected);
        }
    }

    public static ProblemHttpResult ToProblem(ScreenshotRejectedException rejected) =>
        TypedResults.Problem(
            rejected.Message,
            statusCode: rejected.Status,
            title: rejected.Status == StatusCodes.Status413PayloadTooLarge ? "The screenshot is too large." : "Not a supported image.",
            extensions: new Dictionary<string, object?> { ["code"] = rejected.Code });
}
