using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Shop.PartnerImports;

/// <summary>Feed files create, update and archive products with audited stock; bad rows are rejected with their reason.</summary>
public abstract class PartnerImportTests(PartnerImportsApp app)
{
    private async Task<(HttpClient Op, Guid FeedId, string Code, string Category)> FeedAsync(Action<Dictionary<string, object?>>? change = null)
    {
        var op = await app.OperatorClientAsync();
        var code = PartnerImportsApi.NewCode();
        var category = "shoes-" + code;
        await app.CategoryAsync(category);
        var feed = await op.CreateFeedAsync(code, change);
        return (op, feed.GetProperty("id").GetGuid(), code, category);
    }

    [Fact]
    public async Task Given_ACsvFile_When_Uploaded_Then_ProductsVariantsAndAuditedStockAreCreated()
    {
        var (op, feedId, code, cat) = await FeedAsync();
        var csv = PartnerImportsApi.Csv(
            $"p1,{code}-1a,Trail shoe,Кроссовки,Acme,{cat},running|trailRunning,42,red,89.90,5",
            $"p1,{code}-1b,Trail shoe,Кроссовки,Acme,{cat},running,43,red,79.50,0",
            $"p2,{code}-2a,\"Jacket, rain\",Куртка,Acme,{cat},,M,,120,7");

        var report = await op.UploadOkAsync(feedId, csv);

        report.GetProperty("status").GetString().ShouldBe("succeeded");
        report.GetProperty("rows").GetInt32().ShouldBe(3);
        report.GetProperty("created").GetInt32().ShouldBe(2);
        report.GetProperty("rejected").GetInt32().ShouldBe(0);
        var products = await app.ProductsAsync(code);
        products.Count.ShouldBe(2);
        var shoe = products[0];
        shoe.ExternalId.ShouldBe("p1");
        shoe.NameRu.ShouldBe("Кроссовки");
        shoe.Status.ShouldBe(ProductStatus.Active);
        shoe.PriceFromMinor.ShouldBe(7950);
        shoe.Skus.OrderBy(s => s.Code).Select(s => (s.Code, s.Size, s.PriceMinor, s.Stock)).ShouldBe([($"{code}-1a", "42", 8990L, 5), ($"{code}-1b", "43", 7950L, 0)]);
        products[1].NameEn.ShouldBe("Jacket, rain");
        var sports = await app.Services.QueryAsync<ShopDbContext, List<Sport>>(db => db.ProductSports.Where(s => s.ProductId == shoe.Id).Select(s => s.Sport).ToListAsync());
        sports.Order().ShouldBe([Sport.Running, Sport.TrailRunning]);
        var movements = await app.MovementsAsync(products.SelectMany(p => p.Skus).Select(s => s.Id).ToList());
        movements.Count.ShouldBe(2);
        movements.ShouldAllBe(m => m.Reason == StockChangeReason.Import && m.Reference == report.GetProperty("id").GetGuid().ToString());
        movements.Sum(m => m.Delta).ShouldBe(12);
    }

    [Fact]
    public async Task Given_AnImportedFeed_When_TheNextFileChangesPricesAndStockAndDropsAProduct_Then_TheyAreUpdatedAndItIsArchived()
    {
        var (op, feedId, code, cat) = await FeedAsync();
        await op.UploadOkAsync(feedId, PartnerImportsApi.Csv(
            $"p1,{code}-1a,Shoe,Обувь,Acme,{cat},running,42,,50.00,5",
            $"p1,{code}-1b,Shoe,Обувь,Acme,{cat},running,43,,50.00,5",
            $"p2,{code}-2a,Cap,Кепка,Acme,{cat},,,,10.00,3",
            $"p3,{code}-3a,Sock,Носки,Acme,{cat},,,,5.00,1"));

        var report = await op.UploadOkAsync(feedId, PartnerImportsApi.Csv(
            $"p1,{code}-1a,Shoe,Обувь,Acme,{cat},running,42,,45.00,2",
            $"p2,{code}-2a,Cap,Кепка,Acme,{cat},,,,10.00,3"));

        report.GetProperty("created").GetInt32().ShouldBe(0);
        report.GetProperty("updated").GetInt32().ShouldBe(1);
        report.GetProperty("unchanged").GetInt32().ShouldBe(1);
        report.GetProperty("archived").GetInt32().ShouldBe(1);
        var products = await app.ProductsAsync(code);
        products.Select(p => (p.ExternalId, p.Status)).ShouldBe([("p1", ProductStatus.Active), ("p2", ProductStatus.Active), ("p3", ProductStatus.Archived)]);
        var shoe = products[0];
        shoe.PriceFromMinor.ShouldBe(4500);
        var kept = shoe.Skus.Single(s => s.Code == $"{code}-1a");
        (kept.PriceMinor, kept.Stock, kept.Active).ShouldBe((4500L, 2, true));
        shoe.Skus.Single(s => s.Code == $"{code}-1b").Active.ShouldBeFalse();
        var movements = await app.MovementsAsync([kept.Id]);
        movements.OrderBy(m => m.OccurredAt).ThenBy(m => m.StockAfter).Select(m => m.Delta).ShouldBe([5, -3], ignoreOrder: true);
        movements.ShouldContain(m => m.Delta == -3 && m.StockAfter == 2 && m.Reference == report.GetProperty("id").GetGuid().ToString());
    }

    [Fact]
    public async Task Given_BadRows_When_Imported_Then_TheyAreRejectedWithTheirReasonAndTheRestImports()
    {
        var (op, feedId, code, cat) = await FeedAsync();
        var manual = await ManualProductAsync(cat, $"{code}-owned");
        _ = manual;
        var csv = PartnerImportsApi.Csv(
            $"p1,{code}-1a,Shoe,Обувь,Acme,{cat},running,42,,49.999,5",
            $"p2,{code}-2a,Cap,Кепка,Acme,{cat},,,,10.00,3",
            $"p3,{code}-3a,Sock,Носки,Acme,{cat},swimming,,,5.00,1",
            $"p4,{code}-2a,Belt,Ремень,Acme,{cat},,,,5.00,1",
            $"p5,{code}-owned,Bag,Сумка,Acme,{cat},,,,5.00,1",
            $"p6,{code}-6a,Bottle,Бутылка,Acme,nowhere,,,,5.00,1",
            $"p7,{code}-7a,,Без имени,Acme,{cat},,,,5.00,1");

        var report = await op.UploadOkAsync(feedId, csv);

        report.GetProperty("created").GetInt32().ShouldBe(1);
        report.GetProperty("rejected").GetInt32().ShouldBe(6);
        var rejected = report.GetProperty("rejectedRows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("externalId").GetString(), r.GetProperty("reason").GetString())).ToList();
        rejected.ShouldBe([
            (1, "p1", "bad price '49.999': a positive amount with at most two decimal places, e.g. 49.90"),
            (3, "p3", "unknown sport 'swimming'"),
            (4, "p4", $"duplicate sku '{code}-2a' in the file"),
            (5, "p5", $"sku '{code}-owned' belongs to another product"),
            (6, "p6", "unknown category 'nowhere'"),
            (7, "p7", "name_en is required"),
        ]);
        (await app.ProductsAsync(code)).Select(p => p.ExternalId).ShouldBe(["p2"]);
        var stored = await op.GetFromJsonAsync<JsonElement>(PartnerImportsApi.Run(report.GetProperty("id").GetGuid()));
        stored.GetProperty("rejectedRows").GetArrayLength().ShouldBe(6);
        var runs = await op.GetFromJsonAsync<JsonElement>($"{PartnerImportsApi.Feeds}/{feedId}/runs");
        runs.GetProperty("items").EnumerateArray().Single().GetProperty("rejected").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task Given_AJsonFeed_When_Uploaded_Then_ItImportsLikeCsv()
    {
        var (op, feedId, code, cat) = await FeedAsync(b => b["format"] = "json");
        var json = $$"""
            [{"externalId":"j1","sku":"{{code}}-j1","name_en":"Bottle","name_ru":"Бутылка","brand":"Acme","category":"{{cat}}","sports":["cycling"],"price":9.5,"stock":4},
             {"externalId":"j1","sku":"{{code}}-j2","name_en":"Bottle","name_ru":"Бутылка","brand":"Acme","category":"{{cat}}","price":"8.25","stock":"2","status":"draft"}]
            """;

        var report = await op.UploadOkAsync(feedId, json, "feed.json");

        report.GetProperty("created").GetInt32().ShouldBe(1);
        var product = (await app.ProductsAsync(code)).Single();
        product.PriceFromMinor.ShouldBe(825);
        product.Skus.Sum(s => s.Stock).ShouldBe(6);
    }

    [Fact]
    public async Task Given_MoreRowsThanTheLimit_When_Imported_Then_TheRunFailsAndNothingIsWritten()
    {
        var (op, feedId, code, cat) = await FeedAsync();
        var rows = Enumerable.Range(1, PartnerImportsApp.MaxRows + 1).Select(i => $"p{i},{code}-{i},N,Н,B,{cat},,,,1.00,1").ToArray();

        var report = await op.UploadOkAsync(feedId, PartnerImportsApi.Csv(rows));

        report.GetProperty("status").GetString().ShouldBe("failed");
        report.GetProperty("error").GetString()!.ShouldContain("more than 50 rows");
        (await app.ProductsAsync(code)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_AFeedUrl_When_RunNow_Then_TheJobFetchesAndImportsIt()
    {
        var name = $"{Guid.NewGuid():N}.csv";
        var (op, feedId, code, cat) = await FeedAsync(b => b["url"] = $"{app.PartnerUrl}/feeds/{name}");
        app.PartnerFiles[name] = PartnerImportsApi.Csv($"u1,{code}-u1,Shoe,Обувь,Acme,{cat},,,,30.00,2");

        var response = await op.PostAsync($"{PartnerImportsApi.Feeds}/{feedId}/run", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
        queued.GetProperty("status").GetString().ShouldBe("queued");
        var done = await Polling.UntilAsync(
            () => op.GetFromJsonAsync<JsonElement>(response.Headers.Location!.ToString()),
            r => r.GetProperty("status").GetString() is "succeeded" or "failed", TimeSpan.FromSeconds(30), "the queued run");
        done.GetProperty("status").GetString().ShouldBe("succeeded", done.ToString());
        done.GetProperty("created").GetInt32().ShouldBe(1);
        (await app.ProductsAsync(code)).Single().Skus.Single().Stock.ShouldBe(2);
    }

    [Fact]
    public async Task Given_APartnerAnswering404_When_Run_Then_TheRunFailsWithTheReason()
    {
        var (op, feedId, _, _) = await FeedAsync(b => b["url"] = $"{app.PartnerUrl}/feeds/missing.csv");
        await using var scope = app.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<PartnerImportRunner>();
        var fetcher = scope.ServiceProvider.GetRequiredService<FeedFetcher>();
        var feed = await scope.ServiceProvider.GetRequiredService<ShopDbContext>().PartnerFeeds.AsNoTracking().SingleAsync(f => f.Id == feedId);

        var run = await runner.QueueAsync(feed, ImportTrigger.Manual, null, CancellationToken.None);
        var done = await runner.ExecuteAsync(run.Id, fetcher.OpenAsync, CancellationToken.None);

        done!.Status.ShouldBe(ImportRunStatus.Failed);
        done.Error!.ShouldContain("404");
        _ = op;
    }

    [Fact]
    public async Task Given_TwoRunsOfOneFeedAtOnce_When_TheyExecute_Then_TheProductsAreImportedOnce()
    {
        var name = $"{Guid.NewGuid():N}.csv";
        var (_, feedId, code, cat) = await FeedAsync(b => b["url"] = $"{app.PartnerUrl}/feeds/{name}");
        app.PartnerFiles[name] = PartnerImportsApi.Csv(Enumerable.Range(1, 20).Select(i => $"c{i},{code}-{i},N,Н,B,{cat},,,,1.00,{i}").ToArray());

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<PartnerImportRunner>();
            var fetcher = scope.ServiceProvider.GetRequiredService<FeedFetcher>();
            var feed = await scope.ServiceProvider.GetRequiredService<ShopDbContext>().PartnerFeeds.AsNoTracking().SingleAsync(f => f.Id == feedId);
            var run = await runner.QueueAsync(feed, ImportTrigger.Manual, null, CancellationToken.None);
            return await runner.ExecuteAsync(run.Id, fetcher.OpenAsync, CancellationToken.None);
        }));

        runs.Sum(r => r!.Created).ShouldBe(20);
        runs.ShouldAllBe(r => r!.Status == ImportRunStatus.Succeeded || r.Status == ImportRunStatus.Skipped);
        var products = await app.ProductsAsync(code);
        products.Count.ShouldBe(20);
        var movements = await app.MovementsAsync(products.SelectMany(p => p.Skus).Select(s => s.Id).ToList());
        movements.Count.ShouldBe(20);
        var feedAfter = await app.Services.QueryAsync<ShopDbContext, PartnerFeed>(db => db.PartnerFeeds.SingleAsync(f => f.Id == feedId));
        feedAfter.RunningRunId.ShouldBeNull();
        feedAfter.LastRunAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_EnabledAndDisabledFeeds_When_TheScheduledJobRuns_Then_OnlyDueEnabledFeedsImport()
    {
        var name = $"{Guid.NewGuid():N}.csv";
        var (_, dueId, dueCode, cat) = await FeedAsync(b =>
        {
            b["url"] = $"{app.PartnerUrl}/feeds/{name}";
            b["enabled"] = true;
        });
        var (_, offId, _, _) = await FeedAsync(b => b["url"] = $"{app.PartnerUrl}/feeds/{name}");
        app.PartnerFiles[name] = PartnerImportsApi.Csv($"s1,{dueCode}-s1,N,Н,B,{cat},,,,1.00,1");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<ScheduledPartnerFeedsJob>();
            await job.Execute(null!, CancellationToken.None);
        }

        var dueRuns = await Polling.UntilAsync(() => app.RunsAsync(dueId), r => r.Any(x => x.Status == ImportRunStatus.Succeeded), because: "the scheduled run");
        dueRuns.ShouldContain(r => r.Trigger == ImportTrigger.Schedule);
        (await app.RunsAsync(offId)).ShouldBeEmpty();
        (await app.ProductsAsync(dueCode)).Count.ShouldBe(1);
    }

    private async Task<Guid> ManualProductAsync(string categorySlug, string skuCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var category = await db.Categories.SingleAsync(c => c.Slug == categorySlug);
        var id = Guid.CreateVersion7();
        db.Products.Add(new Product
        {
            Id = id,
            CategoryId = category.Id,
            Slug = "manual-" + skuCode.ToLowerInvariant(),
            NameEn = "Manual",
            NameRu = "Ручной",
            Brand = "Shop",
            Status = ProductStatus.Active,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Skus = { new Sku { Id = Guid.CreateVersion7(), ProductId = id, Code = skuCode, PriceMinor = 100 } },
        });
        await db.SaveChangesAsync();
        return id;
    }
}

public sealed class PartnerImportTests_Sqlite(PartnerImportsSqliteApp app) : PartnerImportTests(app), IClassFixture<PartnerImportsSqliteApp>;

public sealed class PartnerImportTests_Postgres(PartnerImportsPostgresApp app) : PartnerImportTests(app), IClassFixture<PartnerImportsPostgresApp>;
