using System.Globalization;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Demo;

/// <summary>The demo catalog; idempotent (categories and products are found again by slug, variants by code).</summary>
internal sealed class CatalogDemoSeeder(ShopDbContext db, StockLedger ledger, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, cancellationToken);
        var position = 0;
        foreach (var demo in CatalogDemoData.Categories)
        {
            if (!categories.ContainsKey(demo.Slug))
            {
                var category = new Category
                {
                    Id = Guid.CreateVersion7(), Slug = demo.Slug, NameEn = demo.NameEn, NameRu = demo.NameRu, Position = position,
                    ParentId = demo.Parent is null ? null : categories[demo.Parent].Id, CreatedAt = now,
                };
                db.Categories.Add(category);
                categories[demo.Slug] = category;
            }

            position++;
        }

        await db.SaveChangesAsync(cancellationToken);
        var existing = (await db.Products.Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var stock = new List<(Guid Sku, int Stock)>();
        for (var i = 0; i < CatalogDemoData.Models.Length; i++)
        {
            var model = CatalogDemoData.Models[i];
            var slug = Slug(model);
            if (existing.Contains(slug))
            {
                continue;
            }

            var product = new Product
            {
                Id = Guid.CreateVersion7(),
                CategoryId = categories[model.Category].Id,
                Slug = slug,
                NameEn = $"{model.Brand} {model.ModelEn} {model.KindEn}",
                NameRu = $"{model.Brand} {model.ModelRu}: {model.KindRu}",
                DescriptionEn = $"The {model.Brand} {model.ModelEn} is a {model.KindEn} built for athletes who train often. Material: {model.Material}.",
                DescriptionRu = $"{model.Brand} {model.ModelRu} — {model.KindRu} для тех, кто тренируется регулярно. Материал: {model.Material}.",
                Brand = model.Brand,
                Status = ProductStatus.Active,
                AttributesJson = ProductAttributes.Write(new Dictionary<string, string> { ["material"] = model.Material }),
                PriceFromMinor = model.PriceMinor,
                CreatedAt = now.AddMinutes(i - CatalogDemoData.Models.Length),
                UpdatedAt = now,
            };
            product.Sports.AddRange(model.Sports.Select(s => new ProductSport { ProductId = product.Id, Sport = s }));
            var variant = 0;
            foreach (var colour in model.Colours)
            {
                foreach (var size in model.Sizes)
                {
                    var sku = new Sku
                    {
                        Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"{slug}-{variant}".ToUpperInvariant(),
                        Size = size, Colour = colour, PriceMinor = model.PriceMinor, Position = variant,
                    };
                    product.Skus.Add(sku);
                    stock.Add((sku.Id, (i + variant) % 7 == 0 ? 0 : 3 + ((i * 7 + variant * 3) % 20)));
                    variant++;
                }
            }

            db.Products.Add(product);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (sku, quantity) in stock.Where(s => s.Stock > 0))
        {
            await ledger.TrySetAsync(sku, 0, quantity, new StockChange(StockChangeReason.Adjustment, now, "demo", Note: "Demo stock"), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static string Slug(DemoModel model) =>
        string.Join('-', $"{model.Brand} {model.ModelEn} {model.Category}".ToLower(CultureInfo.InvariantCulture)
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0));
}
