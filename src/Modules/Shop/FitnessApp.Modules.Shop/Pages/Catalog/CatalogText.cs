namespace FitnessApp.Modules.Shop.Pages.Catalog;

/// <summary>Resources of the catalog pages (Resources/Pages/Catalog/CatalogText.resx and its Russian twin).</summary>
internal sealed class CatalogText;
