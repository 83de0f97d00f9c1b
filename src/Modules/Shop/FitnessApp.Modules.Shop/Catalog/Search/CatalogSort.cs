namespace FitnessApp.Modules.Shop.Catalog.Search;

/// <summary>How a product list is ordered; each order has its own keyset (sort key, then id).</summary>
internal enum CatalogSort
{
    /// <summary>Newest first (what "relevance" means until search ranks matches).</summary>
    Newest,
    Relevance,
    PriceAsc,
    PriceDesc,
    Rating,
}
