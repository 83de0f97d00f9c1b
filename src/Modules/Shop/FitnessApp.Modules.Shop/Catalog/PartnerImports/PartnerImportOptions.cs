namespace FitnessApp.Modules.Shop.Catalog.PartnerImports;

/// <summary>Bounds of a partner import (<c>Shop:PartnerImports</c>).</summary>
internal sealed class PartnerImportOptions
{
    public const string Section = "Shop:PartnerImports";

    /// <summary>A feed with more rows fails (nothing after the limit is read).</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>The most bytes read from a partner's URL.</summary>
    public long MaxFeedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The largest file operators may upload.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A run taking longer is cancelled and fails.</summary>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A feed held longer than this by a run (a host that died mid-run) may be claimed again.</summary>
    public TimeSpan ClaimExpiry => RunTimeout + TimeSpan.FromMinutes(15);
}
