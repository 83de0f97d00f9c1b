namespace FitnessApp.Modules.Shop.Catalog.PartnerImports;

internal static class PartnerImportRoutes
{
    /// <summary>Relative to the module's group (<c>/api/v1/shop</c>).</summary>
    public const string Feeds = "/admin/partner-feeds";

    public static string Feed(Guid id) => $"/api/v1/shop/admin/partner-feeds/{id}";

    public static string Run(Guid runId) => $"/api/v1/shop/admin/partner-feeds/runs/{runId}";
}
