using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Images.GetImage;

/// <summary>
/// A product image (or its thumbnail). Anyone may see the images of an active product; those of drafts and archived
/// products only operators (<paramref name="Operator"/>), everyone else gets 404 like an unknown id.
/// </summary>
internal sealed record GetImage(Guid Id, bool Thumbnail, bool Operator) : IQuery<ImageFile>;

/// <param name="Public">True when the product is on sale: the image may be kept by shared caches.</param>
internal sealed record ImageFile(byte[] Content, string ContentType, string ETag, bool Public);

internal sealed class GetImageHandler(ShopDbContext db) : IRequestHandler<GetImage, ImageFile>
{
    public async Task<ImageFile> Handle(GetImage request, CancellationToken cancellationToken)
    {
        var images = db.ProductImages.AsNoTracking().Where(i => i.Id == request.Id);
        var image = request.Thumbnail
            ? await images.Select(i => new { Content = i.Thumbnail ?? i.Content, i.ContentType, i.ProductId }).SingleOrDefaultAsync(cancellationToken)
            : await images.Select(i => new { i.Content, i.ContentType, i.ProductId }).SingleOrDefaultAsync(cancellationToken);
        if (image is null)
        {
            throw new NotFoundException("Image", request.Id);
        }

        var active = await db.Products.AnyAsync(p => p.Id == image.ProductId && p.Status == ProductStatus.Active, cancellationToken);
        if (!active && !request.Operator)
        {
            throw new NotFoundException("Image", request.Id);
        }

        return new ImageFile(image.Content, image.ContentType, ETagOf(request.Id, request.Thumbnail), active);
    }

    /// <summary>An image id never gets other bytes (a new upload is a new id): the id and the variant are a strong validator.</summary>
    public static string ETagOf(Guid id, bool thumbnail) => $"\"{id:N}-{(thumbnail ? "thumb" : "full")}\"";
}
