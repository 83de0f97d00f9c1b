using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.Domain;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.Images.UploadProductImage;

/// <summary>Operators: adds <paramref name="Content"/> (JPEG, PNG or WebP), resized and re-encoded, as the product's last image.</summary>
internal sealed record UploadProductImage(Guid ProductId, byte[] Content) : ICommand<ProductImageResponse>;

internal sealed class UploadProductImageHandler(ShopDbContext db, IOptions<ProductImageOptions> options, TimeProvider clock)
    : IRequestHandler<UploadProductImage, ProductImageResponse>
{
    public async Task<ProductImageResponse> Handle(UploadProductImage request, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxUploadBytes;
        if (request.Content.Length > max)
        {
            throw new PayloadTooLargeException($"A product image may be at most {max / 1024} KB; this file is {request.Content.Length / 1024} KB.");
        }

        if (!await db.Products.AnyAsync(p => p.Id == request.ProductId, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var positions = await db.ProductImages.Where(i => i.ProductId == request.ProductId).Select(i => i.Position).ToListAsync(cancellationToken);
        if (positions.Count >= options.Value.MaxPerProduct)
        {
            throw new ConflictException($"A product may have at most {options.Value.MaxPerProduct} images; delete one first.");
        }

        var processed = ProductImaging.Process(request.Content);
        var image = new ProductImage
        {
            Id = Guid.CreateVersion7(),
            ProductId = request.ProductId,
            Position = positions.Count == 0 ? 0 : positions.Max() + 1,
            ContentType = processed.ContentType,
            Content = processed.Content,
            Thumbnail = processed.Thumbnail,
            Width = processed.Width,
            Height = processed.Height,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ProductImages.Add(image);
        await db.SaveChangesAsync(cancellationToken);
        return new ProductImageResponse(
            image.Id, image.ProductId, CatalogRoutes.Image(image.Id), CatalogRoutes.Thumbnail(image.Id), image.ContentType, image.Width, image.Height, image.Position);
    }
}
