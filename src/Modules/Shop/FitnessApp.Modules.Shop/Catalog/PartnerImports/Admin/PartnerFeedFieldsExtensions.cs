using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;

internal static class PartnerFeedFieldsExtensions
{
    public static async Task ApplyToAsync(this IPartnerFeedFields fields, PartnerFeed feed, ShopDbContext db, CancellationToken cancellationToken)
    {
        if (fields.DefaultCategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
        {
            throw FieldErrors.For("defaultCategoryId", "'defaultCategoryId' is not a category.");
        }

        feed.Name = fields.Name!.Trim();
        feed.Format = WireNames.Parse<FeedFormat>(fields.Format!);
        feed.Url = string.IsNullOrWhiteSpace(fields.Url) ? null : fields.Url.Trim();
        feed.IntervalHours = fields.IntervalHours!.Value;
        feed.Enabled = fields.Enabled ?? true;
        feed.DefaultCategoryId = fields.DefaultCategoryId;
    }

    public static async Task<PartnerFeed> FeedAsync(this ShopDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.PartnerFeeds.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException("Partner feed", id);
}
