using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Images.ListProductImages;

/// <summary>Operators: a product's images in their order, whatever the product's status.</summary>
internal sealed record ListProductImages(Guid ProductId) : IQuery<IReadOnlyList<ProductImageResponse>>;

internal sealed class ListProductImagesHandler(ShopDbContext db) : IRequestHandler<ListProductImages, IReadOnlyList<ProductImageResponse>>
{
    public async Task<IReadOnlyList<ProductImageResponse>> Handle(ListProductImages request, CancellationToken cancellationToken) =>
        await db.Products.AnyAsync(p => p.Id == request.ProductId, cancellationToken)
            ? await ProductImageRows.OfAsync(db, request.ProductId, cancellationToken)
            : throw new NotFoundException("Product", request.ProductId);
}

internal static class ListProductImagesEndpoint
{
    public static void MapListProductImages(this IEndpointRouteBuilder operators) =>
        operators.MapGet(CatalogRoutes.AdminProducts + "/{id:guid}/images", Handle)
            .WithName("ListShopProductImages")
            .WithSummary("Operators: a product's images in their order (the first is the main image)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<IReadOnlyList<ProductImageResponse>>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListProductImages(id), cancellationToken));
}
