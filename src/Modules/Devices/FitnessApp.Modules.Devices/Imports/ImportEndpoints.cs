using System.Security.Claims;
using FitnessApp.Modules.Devices.Imports.DownloadOriginal;
using FitnessApp.Modules.Devices.Imports.Files;
using FitnessApp.Modules.Devices.Imports.GetImport;
using FitnessApp.Modules.Devices.Imports.ImportActivityFile;
using FitnessApp.Modules.Devices.Imports.ListImports;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Imports;

internal static class ImportEndpoints
{
    public const string Imports = "/imports";

    public static void MapImports(this IEndpointRouteBuilder group)
    {
        var limit = Limit(group.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value).BodyLimit;
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
            .WithSummary("The file an activity of the caller's was imported from, as uploaded; 410 once deleted with the health-data consent")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
    }

    private static async Task<Results<Created<ImportResponse>, Accepted<ImportResponse>>> Upload(
        HttpRequest request, ClaimsPrincipal principal, IMediator mediator, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        var file = await request.ReadFileAsync(Limit(options.Value), cancellationToken);
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

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Original(
        Guid activityId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        try
        {
            var original = await mediator.Send(new GetOriginalFile(activityId, principal.GetUserId()), cancellationToken);
            return TypedResults.File(original.Open(), original.ContentType, original.FileName);
        }
        catch (OriginalFileRemovedException removed)
        {
            return TypedResults.Problem(
                removed.Message,
                statusCode: StatusCodes.Status410Gone,
                title: "The original file was deleted.",
                extensions: new Dictionary<string, object?> { ["code"] = "original.removedWithConsent" });
        }
    }

    private static MultipartFileLimit Limit(ImportOptions options) =>
        new("file", options.MaxUploadBytes, "the activity file") { TooLarge = TempFiles.TooLarge };
}
