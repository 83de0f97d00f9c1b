namespace FitnessApp.Modules.Shop.Catalog.Domain;

/// <summary>A product photo, re-encoded and resized on upload; the lowest position is the main image.</summary>
internal sealed class ProductImage
{
    public const int ContentTypeMaxLength = 40;

    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    public int Position { get; set; }

    public required string ContentType { get; init; }

    public required byte[] Content { get; init; }

    /// <summary>The same picture at most 400 pixels a side, for product cards (null for rows stored before thumbnails existed).</summary>
    public byte[]? Thumbnail { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public DateTime CreatedAt { get; init; }
}
