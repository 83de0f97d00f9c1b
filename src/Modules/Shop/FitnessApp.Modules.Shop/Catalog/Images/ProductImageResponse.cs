namespace FitnessApp.Modules.Shop.Catalog.Images;

/// <summary>A stored product image: where it is served (full size and thumbnail), its type and size in pixels, its place.</summary>
internal sealed record ProductImageResponse(Guid Id, Guid ProductId, string Url, string ThumbnailUrl, string ContentType, int Width, int Height, int Position);
