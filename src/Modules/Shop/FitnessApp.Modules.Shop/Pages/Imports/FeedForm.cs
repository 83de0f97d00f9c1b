using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.CreatePartnerFeed;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.UpdatePartnerFeed;

namespace FitnessApp.Modules.Shop.Pages.Imports;

/// <summary>The feed editor's state on the imports page.</summary>
internal sealed class FeedForm
{
    public Guid? Id { get; init; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Format { get; set; } = "csv";

    public string? Url { get; set; }

    public int IntervalHours { get; set; } = 24;

    public bool Enabled { get; set; } = true;

    public string DefaultCategoryId { get; set; } = string.Empty;

    public static FeedForm From(PartnerFeedResponse feed) => new()
    {
        Id = feed.Id,
        Code = feed.Code,
        Name = feed.Name,
        Format = feed.Format,
        Url = feed.Url,
        IntervalHours = feed.IntervalHours,
        Enabled = feed.Enabled,
        DefaultCategoryId = feed.DefaultCategoryId?.ToString() ?? string.Empty,
    };

    public CreatePartnerFeed ToCreate() => new(Code.Trim(), Name, Format, Url, IntervalHours, Enabled, Category);

    public UpdatePartnerFeed ToUpdate(Guid id) => new(id, Name, Format, Url, IntervalHours, Enabled, Category);

    private Guid? Category => Guid.TryParse(DefaultCategoryId, out var id) ? id : null;
}
