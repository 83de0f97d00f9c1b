using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.UploadFeedFile;

internal static class UploadFeedFileEndpoint
{
    public const string Field = "file";

    public static void MapUploadFeedFile(this IEndpointRouteBuilder group)
    {
        var limit = Limit(group.ServiceProvider.GetRequiredService<IOptions<PartnerImportOptions>>().Value).BodyLimit;
        group.MapPost(PartnerImportRoutes.Feeds + "/{id:guid}/upload", Handle)
            .WithName("UploadPartnerFeedFile")
            .WithSummary("Operators: import a CSV or JSON file (the feed's format; multipart field 'file') now and answer the run's report")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<Ok<ImportRunResponse>> Handle(
        Guid id, HttpRequest request, IMediator mediator, IOptions<PartnerImportOptions> options, CancellationToken cancellationToken)
    {
        var file = await request.ReadFileAsync(Limit(options.Value), cancellationToken);
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await mediator.Send(new UploadFeedFile(id, file.FileName, content), cancellationToken));
    }

    private static MultipartFileLimit Limit(PartnerImportOptions options) => new(Field, options.MaxUploadBytes, "the feed file");
}
