namespace FitnessApp.Modules.Shop.Catalog.Images;

/// <summary><c>Shop:Images:*</c>.</summary>
internal sealed class ProductImageOptions
{
    public const string Section = "Shop:Images";

    /// <summary>The largest upload accepted (413 above it).</summary>
    public long MaxUploadBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How many images one product may have (409 beyond).</summary>
    public int MaxPerProduct { get; set; } = 12;
}
