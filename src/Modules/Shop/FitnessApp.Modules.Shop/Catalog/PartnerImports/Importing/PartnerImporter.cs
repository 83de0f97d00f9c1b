using System.Text;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

/// <summary>
/// Upserts a feed's products by (Source = feed code, ExternalId): reads and checks the rows (streamed), groups them by
/// product, then writes each product in its own transaction (texts, sports, variants, prices, stock through
/// <see cref="StockLedger"/> with reason Import and the run id as reference), and archives the feed's products missing
/// from the file. A bad row is rejected with its reason; the rest imports.
/// </summary>
internal sealed class PartnerImporter(ShopDbContext db, StockLedger stock, TimeProvider clock, IOptions<PartnerImportOptions> options)
{
    private const int StockRetries = 3;

    public async Task<ImportReport> ImportAsync(PartnerFeed feed, Guid runId, Stream stream, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var parser = new FeedRowParser(categories, feed.DefaultCategoryId);
        var products = new Dictionary<string, List<FeedVariant>>(StringComparer.Ordinal);
        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = feed.Format == FeedFormat.Json ? JsonFeedReader.ReadAsync(stream, cancellationToken) : CsvFeedReader.ReadAsync(stream, cancellationToken);
        await foreach (var raw in rows)
        {
            if (++report.Rows > options.Value.MaxRows)
            {
                throw new FeedFormatException($"The feed has more than {options.Value.MaxRows} rows.");
            }

            var (variant, rejected) = parser.Parse(raw);
            if (rejected is not null)
            {
                report.Reject(rejected);
            }
            else if (!skus.Add(variant!.Sku))
            {
                report.Reject(new RejectedRow(variant.Row, variant.ExternalId, variant.Sku, $"duplicate sku '{variant.Sku}' in the file"));
            }
            else if (products.TryGetValue(variant.ExternalId, out var variants))
            {
                variants.Add(variant);
            }
            else
            {
                products[variant.ExternalId] = [variant];
            }
        }

        foreach (var (externalId, variants) in products)
        {
            await UpsertAsync(feed, runId, externalId, variants, report, cancellationToken);
            db.ChangeTracker.Clear();
        }

        // A file whose every row was refused is more likely broken than a partner emptying its catalog.
        if (products.Count > 0)
        {
            report.Archived = await ArchiveMissingAsync(feed.Code, products.Keys.ToHashSet(StringComparer.Ordinal), cancellationToken);
        }

        return report;
    }

    private async Task UpsertAsync(PartnerFeed feed, Guid runId, string externalId, List<FeedVariant> variants, ImportReport report, CancellationToken cancellationToken)
    {
        var codes = variants.Select(v => v.Sku).ToList();
        var product = await db.Products.Include(p => p.Skus).Include(p => p.Sports)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Source == feed.Code && p.ExternalId == externalId, cancellationToken);
        var ownerId = product?.Id;
        var taken = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code) && s.ProductId != ownerId).Select(s => s.Code).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            foreach (var variant in variants.Where(v => taken.Contains(v.Sku, StringComparer.OrdinalIgnoreCase)))
            {
                report.Reject(new RejectedRow(variant.Row, externalId, variant.Sku, $"sku '{variant.Sku}' belongs to another product"));
            }

            variants = variants.Where(v => !taken.Contains(v.Sku, StringComparer.OrdinalIgnoreCase)).ToList();
            if (variants.Count == 0)
            {
                return;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var change = new StockChange(StockChangeReason.Import, now, runId.ToString(), Note: $"Partner feed {feed.Code}");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var created = product is null;
            product ??= await NewProductAsync(feed, externalId, variants[0], now, cancellationToken);
            var changed = Apply(product, variants);
            if (created)
            {
                db.Products.Add(product);
            }

            if (changed)
            {
                product.UpdatedAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var variant in variants)
            {
                var sku = product.Skus.Single(s => string.Equals(s.Code, variant.Sku, StringComparison.OrdinalIgnoreCase));
                changed |= await SetStockAsync(sku, variant.Stock, change, cancellationToken);
            }

            if (changed && !created)
            {
                product.UpdatedAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (created)
            {
                report.Created++;
            }
            else if (changed)
            {
                report.Updated++;
            }
            else
            {
                report.Unchanged++;
            }
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another writer took a sku code or the slug meanwhile: this product's rows are refused, the run goes on.
            await transaction.RollbackAsync(cancellationToken);
            foreach (var variant in variants)
            {
                report.Reject(new RejectedRow(variant.Row, externalId, variant.Sku, "conflicts with a product saved meanwhile (sku or address already used)"));
            }
        }
    }

    private async Task<Product> NewProductAsync(PartnerFeed feed, string externalId, FeedVariant first, DateTime now, CancellationToken cancellationToken)
    {
        var slug = Slug(feed.Code, externalId);
        if (await db.Products.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            var suffix = "-" + Guid.NewGuid().ToString("N")[..8];
            slug = slug[..Math.Min(slug.Length, Product.SlugMaxLength - suffix.Length)] + suffix;
        }

        return new Product
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            NameEn = first.NameEn,
            NameRu = first.NameRu,
            Brand = first.Brand,
            CategoryId = first.CategoryId,
            Status = first.Status,
            Source = feed.Code,
            ExternalId = externalId,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Copies the feed's values onto the product (the first row of the product gives its texts); true when anything differs.</summary>
    private static bool Apply(Product product, List<FeedVariant> variants)
    {
        var first = variants[0];
        var changed = false;
        changed |= Set(product.NameEn, first.NameEn, v => product.NameEn = v);
        changed |= Set(product.NameRu, first.NameRu, v => product.NameRu = v);
        changed |= Set(product.DescriptionEn, first.DescriptionEn, v => product.DescriptionEn = v);
        changed |= Set(product.DescriptionRu, first.DescriptionRu, v => product.DescriptionRu = v);
        changed |= Set(product.Brand, first.Brand, v => product.Brand = v);
        if (product.CategoryId != first.CategoryId)
        {
            product.CategoryId = first.CategoryId;
            changed = true;
        }

        if (product.Status != first.Status)
        {
            product.Status = first.Status;
            changed = true;
        }

        var sports = variants.SelectMany(v => v.Sports).Distinct().ToHashSet();
        foreach (var gone in product.Sports.Where(s => !sports.Contains(s.Sport)).ToList())
        {
            product.Sports.Remove(gone);
            changed = true;
        }

        foreach (var sport in sports.Where(s => product.Sports.All(p => p.Sport != s)))
        {
            product.Sports.Add(new ProductSport { ProductId = product.Id, Sport = sport });
            changed = true;
        }

        var position = 0;
        foreach (var variant in variants)
        {
            var sku = product.Skus.SingleOrDefault(s => string.Equals(s.Code, variant.Sku, StringComparison.OrdinalIgnoreCase));
            if (sku is null)
            {
                product.Skus.Add(new Sku
                {
                    Id = Guid.CreateVersion7(),
                    ProductId = product.Id,
                    Code = variant.Sku,
                    Size = variant.Size,
                    Colour = variant.Colour,
                    PriceMinor = variant.PriceMinor,
                    Position = position++,
                });
                changed = true;
                continue;
            }

            changed |= Set(sku.Size, variant.Size, v => sku.Size = v);
            changed |= Set(sku.Colour, variant.Colour, v => sku.Colour = v);
            if (sku.PriceMinor != variant.PriceMinor || !sku.Active || sku.Position != position)
            {
                sku.PriceMinor = variant.PriceMinor;
                sku.Active = true;
                sku.Position = position;
                changed = true;
            }

            position++;
        }

        // Variants the partner dropped stop selling but stay for the orders that refer to them.
        foreach (var dropped in product.Skus.Where(s => s.Active && variants.All(v => !string.Equals(v.Sku, s.Code, StringComparison.OrdinalIgnoreCase))))
        {
            dropped.Active = false;
            changed = true;
        }

        var priceFrom = product.Skus.Where(s => s.Active).Select(s => (long?)s.PriceMinor).Min();
        if (product.PriceFromMinor != priceFrom)
        {
            product.PriceFromMinor = priceFrom;
            changed = true;
        }

        return changed;
    }

    private async Task<bool> SetStockAsync(Sku sku, int wanted, StockChange change, CancellationToken cancellationToken)
    {
        var current = sku.Stock;
        for (var attempt = 0; attempt < StockRetries; attempt++)
        {
            if (current == wanted)
            {
                return false;
            }

            if (await stock.TrySetAsync(sku.Id, current, wanted, change, cancellationToken))
            {
                return true;
            }

            // An order took or gave back units since the read: read again.
            current = await db.Skus.Where(s => s.Id == sku.Id).Select(s => s.Stock).SingleAsync(cancellationToken);
        }

        throw new DbUpdateConcurrencyException($"The stock of {sku.Code} kept changing during the import.");
    }

    private async Task<int> ArchiveMissingAsync(string source, HashSet<string> seen, CancellationToken cancellationToken)
    {
        var candidates = await db.Products.AsNoTracking()
            .Where(p => p.Source == source && p.Status != ProductStatus.Archived)
            .Select(p => new { p.Id, p.ExternalId })
            .ToListAsync(cancellationToken);
        var missing = candidates.Where(p => p.ExternalId is null || !seen.Contains(p.ExternalId)).Select(p => p.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var archived = 0;
        foreach (var chunk in missing.Chunk(500))
        {
            archived += await db.Products.Where(p => chunk.Contains(p.Id) && p.Status != ProductStatus.Archived)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.Archived).SetProperty(p => p.UpdatedAt, now), cancellationToken);
        }

        return archived;
    }

    /// <summary>The product's address: the feed code and the partner's id, lower-case letters, digits and dashes.</summary>
    public static string Slug(string code, string externalId)
    {
        var builder = new StringBuilder();
        foreach (var c in $"{code}-{externalId}".ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= Product.SlugMaxLength ? slug : slug[..Product.SlugMaxLength].TrimEnd('-');
    }

    private static bool Set(string? current, string? value, Action<string> assign)
    {
        if (string.Equals(current, value, StringComparison.Ordinal))
        {
            return false;
        }

        assign(value!);
        return true;
    }
}
