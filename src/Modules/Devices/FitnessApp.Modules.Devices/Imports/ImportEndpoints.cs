using System.Security.Claims;
using FitnessApp.Modules.Devices.Imports.DownloadOriginal;
using FitnessApp.Modules.Devices.Imports.Files;
using FitnessApp.Modules.Devices.Imports.GetImport;
using FitnessApp.Modules.Devices.Imports.ImportActivityFile;
using FitnessApp.Modules.Devices.Imports.ListImports;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Imports;

internal static class ImportEndpoints
{
    public const string Imports = "/imports";

    /// <summary>Room for the multipart envelope around the file itself.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public static void MapImports(this IEndpointRouteBuilder group)
    {
        var limit = group.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes + MultipartOverhead;
        var imports = group.MapGroup(Imports).AddEndpointFilter<ImportProblems>();
        imports.MapPost("", Upload)
            .WithName("ImportActivityFile")
            .WithSummary("Import a FIT, GPX or TCX file (optionally gzipped: 201) or a zip of them (202, processed in the background); multipart field 'file'")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .Produces<ImportResponse>(StatusCodes.Status201Created)
            .Produces<ImportResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        imports.MapGet("", List)
            .WithName("ListImports")
            .WithSummary("The caller's imports, newest first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        imports.MapGet("/{id:guid}", Get)
            .WithName("GetImport")
            .WithSummary("One of the caller's imports: status (queued, processing, completed, failed) and per-file results")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/activities/{activityId:guid}/original", Original)
            .WithName("DownloadOriginalActivityFile")
            .WithSummary("The file an activity of the caller's was imported from, as uploaded")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<ImportResponse>, Accepted<ImportResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        HttpRequest request, ClaimsPrincipal principal, IMediator mediator, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxUploadBytes;
        if (!request.HasFormContentType || !request.ContentType!.Contains("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return NoFile("Send the file as multipart/form-data in the field 'file'.");
        }

        if (request.ContentLength > maxBytes + MultipartOverhead)
        {
            return ImportProblems.ToProblem(TempFiles.TooLarge(maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBytes + MultipartOverhead;
        }

        IFormCollection form;
        try
        {
            // Files past 64 KB go to a temporary file, not to memory.
            form = await new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = maxBytes + MultipartOverhead }).ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException || exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return exception is BadHttpRequestException || exception.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)
                ? ImportProblems.ToProblem(TempFiles.TooLarge(maxBytes))
                : NoFile($"The multipart body cannot be read: {exception.Message}");
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return NoFile("Send the activity file in the multipart field 'file'.");
        }

        if (file.Length > maxBytes)
        {
            return ImportProblems.ToProblem(TempFiles.TooLarge(maxBytes));
        }

        await using var content = file.OpenReadStream();
        var import = await mediator.Send(new ImportActivityFile.ImportActivityFile(principal.GetUserId(), file.FileName, content), cancellationToken);
        var location = $"{request.PathBase}{request.Path}/{import.Id}";
        return import.Kind == Domain.ImportKinds.Zip
            ? TypedResults.Accepted(location, import)
            : TypedResults.Created(location, import);
    }

    private static async Task<Ok<Page<ImportResponse>>> List(
        ClaimsPrincipal principal, IMediator mediator, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListImports.ListImports(principal.GetUserId(), cursor, limit ?? ListImports.ListImports.DefaultLimit), cancellationToken));

    private static async Task<Ok<ImportResponse>> Get(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetImport.GetImport(id, principal.GetUserId()), cancellationToken));

    private static async Task<FileStreamHttpResult> Original(Guid activityId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var original = await mediator.Send(new GetOriginalFile(activityId, principal.GetUserId()), cancellationToken);
        return TypedResults.File(original.Open(), original.ContentType, original.FileName);
    }

    private static ValidationProblem NoFile(string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["file"] = [message] },
            detail: message,
            title: "One or more fields are not valid.",
            extensions: new Dictionary<string, object?> { ["code"] = "import.noFile" });
}
