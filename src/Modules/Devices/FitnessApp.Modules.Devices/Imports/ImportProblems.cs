using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitnessApp.Modules.Devices.Imports;

/// <summary>
/// Refused uploads become problem documents here (the host's exception handler does not know this module's exception):
/// the status of the refusal, its <c>code</c> and, for a duplicate, the existing <c>activityId</c>.
/// </summary>
internal sealed class ImportProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ImportRejectedException rejected)
        {
            return ToProblem(rejected);
        }
    }

    public static ProblemHttpResult ToProblem(ImportRejectedException rejected)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = rejected.Code };
        if (rejected.ExistingActivityId is { } existing)
        {
            extensions["activityId"] = existing;
        }

        return TypedResults.Problem(rejected.Message, statusCode: rejected.Status, title: Title(rejected.Status), extensions: extensions);
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status409Conflict => "Already imported.",
        StatusCodes.Status413PayloadTooLarge => "The upload is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Not a supported activity file.",
        _ => "The file cannot be imported.",
    };
}
