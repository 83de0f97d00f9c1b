using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.Images.UploadProductImage;

internal static class UploadProductImageEndpoint
{
    public static void MapUploadProductImage(this IEndpointRouteBuilder operators)
    {
        var limit = Limit(operators.ServiceProvider.GetRequiredService<IOptions<ProductImageOptions>>().Value).BodyLimit;
        operators.MapPost(CatalogRoutes.AdminProducts + "/{id:guid}/images", Handle)
            .WithName("UploadShopProductImage")
            .WithSummary("Operators: add an image to a product (multipart field 'file': JPEG, PNG or WebP, 64 to 8000 pixels a side); stored re-encoded at most 1200 pixels a side plus a 400-pixel thumbnail")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Created<ProductImageResponse>> Handle(
        Guid id, HttpRequest request, IMediator mediator, IOptions<ProductImageOptions> options, CancellationToken cancellationToken)
    {
        var file = await request.ReadFileAsync(Limit(options.Value), cancellationToken);
        var image = await mediator.Send(new UploadProductImage(id, await file.ReadAllBytesAsync(cancellationToken)), cancellationToken);
        return TypedResults.Created(image.Url, image);
    }

    private static MultipartFileLimit Limit(ProductImageOptions options) =>
        new("file", options.MaxUploadBytes, "the image") { Overhead = 16 * 1024, TooLarge = max => new PayloadTooLargeException($"A product image may be at most {max / 1024} KB.") };
}
