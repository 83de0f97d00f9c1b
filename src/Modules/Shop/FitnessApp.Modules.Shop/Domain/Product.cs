namespace FitnessApp.Modules.Shop.Domain;

/// <summary>
/// What a customer looks at and reviews (a shoe model); what they buy is one of its <see cref="Sku"/>s (size and colour,
/// price, stock). The cheapest active variant's price and the review figures are kept here so that lists filter and sort on
/// one table.
/// </summary>
internal sealed class Product
{
    public const int SlugMaxLength = 120;
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int BrandMaxLength = 100;
    public const int SourceMaxLength = 60;
    public const int ExternalIdMaxLength = 100;

    public Guid Id { get; init; }

    public Guid CategoryId { get; set; }

    public required string Slug { get; set; }

    public required string NameEn { get; set; }

    public required string NameRu { get; set; }

    public string DescriptionEn { get; set; } = string.Empty;

    public string DescriptionRu { get; set; } = string.Empty;

    public required string Brand { get; set; }

    /// <summary>
    /// Names, brand and descriptions lower-cased in one text, computed by the database (<see cref="SearchTextSql"/>), so
    /// that the text search is one LIKE over one trigram index. Nullable in the schema only because SQLite cannot add a
    /// NOT NULL generated column to an existing table; the expression is never null.
    /// </summary>
    public string? SearchText { get; private set; }

    public const string SearchTextSql =
        "lower(\"NameEn\" || ' ' || \"NameRu\" || ' ' || \"Brand\" || ' ' || \"DescriptionEn\" || ' ' || \"DescriptionRu\")";

    public ProductStatus Status { get; set; }

    /// <summary>Free attributes shown on the product page (material, drop, weight...), a JSON object of strings.</summary>
    public string AttributesJson { get; set; } = "{}";

    /// <summary>The lowest price of the active variants, in minor units (cents); null while no variant is on sale.</summary>
    public long? PriceFromMinor { get; set; }

    /// <summary>Mean of the published reviews' stars (0 when there is none).</summary>
    public double RatingAverage { get; set; }

    public int RatingCount { get; set; }

    /// <summary>Where the product comes from: <c>manual</c> (operators) or a partner feed's code.</summary>
    public string Source { get; set; } = ManualSource;

    /// <summary>The partner's own id of the product, unique per source; null for manual products.</summary>
    public string? ExternalId { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public List<ProductSport> Sports { get; init; } = [];

    public List<Sku> Skus { get; init; } = [];

    public const string ManualSource = "manual";
}
