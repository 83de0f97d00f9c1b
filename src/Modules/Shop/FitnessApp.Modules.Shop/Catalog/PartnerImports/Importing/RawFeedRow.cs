namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

/// <summary>
/// One record of a feed as read, before any check: field values by lower-case name (<see cref="FeedFields"/>), the sports
/// as a list, and <see cref="Error"/> when the record itself is malformed (wrong number of CSV fields, not a JSON object).
/// </summary>
internal sealed record RawFeedRow(int Row, IReadOnlyDictionary<string, string?> Fields, IReadOnlyList<string> Sports, string? Error = null)
{
    public string? this[string field] => Fields.TryGetValue(field, out var value) ? value : null;
}

/// <summary>The field names of the feed format (docs/shop-partner-feeds.md).</summary>
internal static class FeedFields
{
    public const string ExternalId = "externalid";
    public const string Sku = "sku";
    public const string NameEn = "name_en";
    public const string NameRu = "name_ru";
    public const string DescriptionEn = "description_en";
    public const string DescriptionRu = "description_ru";
    public const string Brand = "brand";
    public const string Category = "category";
    public const string Sports = "sports";
    public const string Size = "size";
    public const string Colour = "colour";
    public const string Price = "price";
    public const string Stock = "stock";
    public const string Status = "status";

    /// <summary>Separates sports inside one CSV field.</summary>
    public const char SportSeparator = '|';

    public static IReadOnlyList<string> SplitSports(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(SportSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The feed cannot be read at all (no header, a record over the size limit, broken JSON): the run fails.</summary>
internal sealed class FeedFormatException(string message) : Exception(message);
