namespace FitnessApp.Modules.Shop.Catalog.Search;

/// <summary>A product in a list: <c>name</c> in the caller's language, both texts, the lowest price and the main image.</summary>
internal sealed record ProductCard(
    Guid Id,
    string Slug,
    string Name,
    string NameEn,
    string NameRu,
    string Brand,
    decimal? PriceFrom,
    string Currency,
    double RatingAverage,
    int RatingCount,
    string? ImageUrl,
    bool InStock,
    string Status,
    DateTime CreatedAt);
