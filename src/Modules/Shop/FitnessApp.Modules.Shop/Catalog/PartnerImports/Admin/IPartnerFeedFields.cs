namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;

/// <summary>What operators set on a feed (create and update).</summary>
internal interface IPartnerFeedFields
{
    string? Name { get; }

    string? Format { get; }

    string? Url { get; }

    int? IntervalHours { get; }

    bool? Enabled { get; }

    Guid? DefaultCategoryId { get; }
}
