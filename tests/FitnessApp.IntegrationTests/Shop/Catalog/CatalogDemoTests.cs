using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Shop.Catalog;

/// <summary>With Demo:Enabled the shop has a nested catalog of 40+ active products with variants, prices and stock, once.</summary>
public abstract class CatalogDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true").With("Modules:Training:Enabled", "false").With("Modules:Devices:Enabled", "false").With("Modules:Social:Enabled", "false");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_DemoData_Then_TheCatalogHasNestedCategoriesAndFortyListedProducts()
    {
        var (categories, nested, products, listed, skus, stocked) = await app.Services.QueryAsync<ShopDbContext, (int, int, int, int, int, int)>(async db => (
            await db.Categories.CountAsync(),
            await db.Categories.CountAsync(c => c.ParentId != null && db.Categories.Any(p => p.Id == c.ParentId && p.ParentId != null)),
            await db.Products.CountAsync(),
            await db.Products.CountAsync(p => p.Status == ProductStatus.Active && p.PriceFromMinor != null && p.Sports.Any()),
            await db.Skus.CountAsync(),
            await db.StockMovements.CountAsync()));

        categories.ShouldBeGreaterThanOrEqualTo(10);
        nested.ShouldBeGreaterThan(0);
        products.ShouldBeGreaterThanOrEqualTo(40);
        listed.ShouldBe(products);
        skus.ShouldBeGreaterThan(products);
        stocked.ShouldBeGreaterThan(products / 2);

        var athlete = await app.CreateAthleteClientAsync();
        var page = await athlete.GetFromJsonAsync<JsonElement>("/api/v1/shop/products?category=running-shoes&limit=100");
        page.GetProperty("items").GetArrayLength().ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public async Task Given_DemoData_When_SeedingRunsAgain_Then_NothingIsAdded()
    {
        var before = await CountAsync();

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await CountAsync()).ShouldBe(before);
    }

    private Task<(int, int, int, int)> CountAsync() =>
        app.Services.QueryAsync<ShopDbContext, (int, int, int, int)>(async db =>
            (await db.Categories.CountAsync(), await db.Products.CountAsync(), await db.Skus.CountAsync(), await db.StockMovements.CountAsync()));
}

public sealed class CatalogDemoTests_Sqlite(SqliteApp app) : CatalogDemoTests(app), IClassFixture<SqliteApp>;

public sealed class CatalogDemoTests_Postgres(PostgresApp app) : CatalogDemoTests(app), IClassFixture<PostgresApp>;
