using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Imaging;
using FitnessApp.Modules.Shop.Catalog.Demo;
using FitnessApp.Modules.Shop.Catalog.Domain;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Images.Demo;

/// <summary>
/// One drawn picture for each demo product that has no image yet (idempotent); nothing without libgd, as for avatars.
/// Runs after the catalog's seeder (registered after it).
/// </summary>
internal sealed class ProductImagesDemoSeeder(ShopDbContext db, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (!GdImage.IsAvailable)
        {
            return;
        }

        var sections = CatalogDemoData.Categories.ToDictionary(c => c.Slug, c => c.Parent);
        var slugs = CatalogDemoData.Models.Select(CatalogDemoSeeder.Slug).ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => slugs.Contains(p.Slug) && !db.ProductImages.Any(i => i.ProductId == p.Id))
            .Select(p => new { p.Id, p.Slug })
            .ToDictionaryAsync(p => p.Slug, p => p.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var model in CatalogDemoData.Models)
        {
            if (!products.TryGetValue(CatalogDemoSeeder.Slug(model), out var productId))
            {
                continue;
            }

            var picture = DemoProductPicture.Draw(model, SectionOf(model.Category, sections));
            db.ProductImages.Add(new ProductImage
            {
                Id = Guid.CreateVersion7(),
                ProductId = productId,
                Position = 0,
                ContentType = picture.ContentType,
                Content = picture.Content,
                Thumbnail = picture.Thumbnail,
                Width = picture.Width,
                Height = picture.Height,
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The top-level category above <paramref name="slug"/>.</summary>
    private static string SectionOf(string slug, Dictionary<string, string?> parents)
    {
        var current = slug;
        for (var depth = 0; depth < parents.Count && parents.GetValueOrDefault(current) is { } parent; depth++)
        {
            current = parent;
        }

        return current;
    }
}
