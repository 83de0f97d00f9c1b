namespace FitnessApp.Modules.Shop.Catalog.GetProduct;

/// <summary>Everything the product page shows: texts (in the caller's language and both), attributes, sports, variants, path, images.</summary>
internal sealed record ProductDetails(
    Guid Id,
    string Slug,
    string Name,
    string NameEn,
    string NameRu,
    string Description,
    string DescriptionEn,
    string DescriptionRu,
    string Brand,
    string Status,
    Guid CategoryId,
    IReadOnlyList<CategoryRef> CategoryPath,
    IReadOnlyList<string> Sports,
    IReadOnlyDictionary<string, string> Attributes,
    decimal? PriceFrom,
    string Currency,
    double RatingAverage,
    int RatingCount,
    bool InStock,
    IReadOnlyList<ImageRef> Images,
    IReadOnlyList<VariantResponse> Variants,
    DateTime CreatedAt,
    DateTime UpdatedAt);

internal sealed record CategoryRef(Guid Id, string Slug, string Name);

/// <param name="ThumbnailUrl">The same picture at most 400 pixels a side (cards, gallery strips).</param>
internal sealed record ImageRef(Guid Id, string Url, string ThumbnailUrl);

/// <summary>A variant; <c>available</c> = active and in stock.</summary>
internal sealed record VariantResponse(Guid Id, string Code, string? Size, string? Colour, decimal Price, int Stock, bool Active, bool Available, int Position);
