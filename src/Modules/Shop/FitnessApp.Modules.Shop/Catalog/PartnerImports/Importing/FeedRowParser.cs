using System.Globalization;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

/// <summary>Checks one raw row against the feed format; a row that fails becomes a <see cref="RejectedRow"/> with the reason.</summary>
internal sealed class FeedRowParser(IReadOnlyDictionary<string, Guid> categoriesBySlug, Guid? defaultCategoryId)
{
    public const decimal MaxPrice = 1_000_000m;
    public const int MaxStock = 1_000_000;

    public (FeedVariant? Variant, RejectedRow? Rejected) Parse(RawFeedRow raw)
    {
        var externalId = Trimmed(raw[FeedFields.ExternalId]);
        var sku = Trimmed(raw[FeedFields.Sku]);
        var reason = Check(raw, externalId, sku, out var variant);
        return reason is null ? (variant, null) : (null, new RejectedRow(raw.Row, externalId, sku, reason));
    }

    private string? Check(RawFeedRow raw, string? externalId, string? sku, out FeedVariant? variant)
    {
        variant = null;
        if (raw.Error is not null)
        {
            return raw.Error;
        }

        if (Required(externalId, "externalId", Product.ExternalIdMaxLength) is { } externalIdError)
        {
            return externalIdError;
        }

        if (Required(sku, "sku", Sku.CodeMaxLength) is { } skuError)
        {
            return skuError;
        }

        var nameEn = Trimmed(raw[FeedFields.NameEn]);
        var nameRu = Trimmed(raw[FeedFields.NameRu]);
        var brand = Trimmed(raw[FeedFields.Brand]);
        var descriptionEn = Trimmed(raw[FeedFields.DescriptionEn]) ?? string.Empty;
        var descriptionRu = Trimmed(raw[FeedFields.DescriptionRu]) ?? string.Empty;
        var size = Trimmed(raw[FeedFields.Size]);
        var colour = Trimmed(raw[FeedFields.Colour]);
        var error = Required(nameEn, "name_en", Product.NameMaxLength)
            ?? Required(nameRu, "name_ru", Product.NameMaxLength)
            ?? Required(brand, "brand", Product.BrandMaxLength)
            ?? Optional(descriptionEn, "description_en", Product.DescriptionMaxLength)
            ?? Optional(descriptionRu, "description_ru", Product.DescriptionMaxLength)
            ?? Optional(size, "size", Sku.OptionMaxLength)
            ?? Optional(colour, "colour", Sku.OptionMaxLength);
        if (error is not null)
        {
            return error;
        }

        var category = Trimmed(raw[FeedFields.Category]);
        Guid categoryId;
        if (category is null)
        {
            if (defaultCategoryId is not { } fallback)
            {
                return "category is missing and the feed has no default category";
            }

            categoryId = fallback;
        }
        else if (!categoriesBySlug.TryGetValue(category.ToLowerInvariant(), out categoryId))
        {
            return $"unknown category '{category}'";
        }

        var sports = new List<Sport>();
        foreach (var name in raw.Sports)
        {
            if (!WireNames.TryParse<Sport>(name.Trim(), out var sport))
            {
                return $"unknown sport '{name}'";
            }

            if (!sports.Contains(sport))
            {
                sports.Add(sport);
            }
        }

        if (ParsePrice(raw[FeedFields.Price]) is not { } price)
        {
            return raw[FeedFields.Price] is { } text && !string.IsNullOrWhiteSpace(text)
                ? $"bad price '{text}': a positive amount with at most two decimal places, e.g. 49.90"
                : "price is required";
        }

        var stockText = Trimmed(raw[FeedFields.Stock]);
        if (stockText is null)
        {
            return "stock is required";
        }

        if (!int.TryParse(stockText, NumberStyles.None, CultureInfo.InvariantCulture, out var stock) || stock > MaxStock)
        {
            return $"bad stock '{stockText}': a whole number from 0 to {MaxStock}";
        }

        var status = ProductStatus.Active;
        var statusText = Trimmed(raw[FeedFields.Status]);
        if (statusText is not null && !WireNames.TryParse(statusText, out status))
        {
            return $"bad status '{statusText}': one of {WireNames.Names<ProductStatus>()}";
        }

        variant = new FeedVariant(raw.Row, externalId!, sku!, nameEn!, nameRu!, descriptionEn, descriptionRu, brand!, categoryId, sports, size, colour, price, stock, status);
        return null;
    }

    /// <summary>The price in minor units; null unless a positive invariant decimal with at most two places, up to <see cref="MaxPrice"/>.</summary>
    public static long? ParsePrice(string? text)
    {
        if (Trimmed(text) is not { } trimmed
            || !decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0m || amount > MaxPrice)
        {
            return null;
        }

        return Money.ToMinor(amount);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Required(string? value, string field, int maxLength) =>
        value is null ? $"{field} is required" : Optional(value, field, maxLength);

    private static string? Optional(string? value, string field, int maxLength) =>
        value is not null && value.Length > maxLength ? $"{field} is longer than {maxLength} characters" : null;
}
