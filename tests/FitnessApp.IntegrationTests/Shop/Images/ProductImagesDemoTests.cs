using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Imaging;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Shop.Images;

/// <summary>With Demo:Enabled every demo product has a drawn picture (where libgd is installed), once.</summary>
public abstract class ProductImagesDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true").With("Modules:Training:Enabled", "false").With("Modules:Devices:Enabled", "false").With("Modules:Social:Enabled", "false");
        app.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_DemoData_Then_FortyProductsHaveAServableImage_AndSeedingAgainAddsNone()
    {
        if (!GdImage.IsAvailable)
        {
            return;
        }

        var (withImages, images) = await CountAsync();
        withImages.ShouldBeGreaterThanOrEqualTo(40);
        var anyImage = await app.Services.QueryAsync<ShopDbContext, Guid>(db => db.ProductImages.Select(i => i.Id).FirstAsync());
        var served = await app.CreateClient().GetByteArrayAsync($"/api/v1/shop/images/{anyImage}/thumbnail");
        ProductImagesApi.Decode(served).Width.ShouldBe(400);

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await CountAsync()).ShouldBe((withImages, images));
    }

    private Task<(int, int)> CountAsync() =>
        app.Services.QueryAsync<ShopDbContext, (int, int)>(async db =>
            (await db.Products.CountAsync(p => db.ProductImages.Any(i => i.ProductId == p.Id)), await db.ProductImages.CountAsync()));
}

public sealed class ProductImagesDemoTests_Sqlite(SqliteApp app) : ProductImagesDemoTests(app), IClassFixture<SqliteApp>;

public sealed class ProductImagesDemoTests_Postgres(PostgresApp app) : ProductImagesDemoTests(app), IClassFixture<PostgresApp>;
