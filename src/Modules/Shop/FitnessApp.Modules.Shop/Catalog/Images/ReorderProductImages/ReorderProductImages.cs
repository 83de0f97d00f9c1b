using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Images.ReorderProductImages;

/// <summary>Operators: puts a product's images in the order of <c>imageIds</c> (every image of the product, each once; the first is the main image).</summary>
internal sealed record ReorderProductImages(Guid ProductId, ImageOrderBody Body) : ICommand<IReadOnlyList<ProductImageResponse>>;

internal sealed record ImageOrderBody(IReadOnlyList<Guid>? ImageIds);

internal sealed class ReorderProductImagesValidator : AbstractValidator<ReorderProductImages>
{
    public ReorderProductImagesValidator()
    {
        RuleFor(c => c.Body).NotNull().WithName("body");
        When(c => c.Body is not null, () =>
            RuleFor(c => c.Body.ImageIds)
                .NotEmpty().WithMessage("'imageIds' must list the product's images.")
                .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("'imageIds' lists an image twice.")
                .OverridePropertyName("imageIds"));
    }
}

internal sealed class ReorderProductImagesHandler(ShopDbContext db) : IRequestHandler<ReorderProductImages, IReadOnlyList<ProductImageResponse>>
{
    public async Task<IReadOnlyList<ProductImageResponse>> Handle(ReorderProductImages request, CancellationToken cancellationToken)
    {
        if (!await db.Products.AnyAsync(p => p.Id == request.ProductId, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var wanted = request.Body.ImageIds!;
        var images = await db.ProductImages.Where(i => i.ProductId == request.ProductId)
            .Select(i => new { i.Id, i.Position })
            .ToListAsync(cancellationToken);
        if (images.Count != wanted.Count || !images.All(i => wanted.Contains(i.Id)))
        {
            throw FieldErrors.For("imageIds", $"'imageIds' must list each of the product's {images.Count} images exactly once.");
        }

        for (var position = 0; position < wanted.Count; position++)
        {
            var id = wanted[position];
            var at = position;
            await db.ProductImages.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Position, at), cancellationToken);
        }

        return await ProductImageRows.OfAsync(db, request.ProductId, cancellationToken);
    }
}

internal static class ReorderProductImagesEndpoint
{
    public static void MapReorderProductImages(this IEndpointRouteBuilder operators) =>
        operators.MapPut(CatalogRoutes.AdminProducts + "/{id:guid}/images/order", Handle)
            .WithName("ReorderShopProductImages")
            .WithSummary("Operators: order a product's images ({ imageIds: [...] }, every image once; the first is the main image)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<IReadOnlyList<ProductImageResponse>>> Handle(Guid id, ImageOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReorderProductImages(id, body), cancellationToken));
}
