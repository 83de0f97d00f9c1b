using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Shop.Reviews;

/// <summary>With Demo:Enabled some demo products have reviews, each by an athlete whose demo order of it was delivered, once.</summary>
public abstract class ReviewsDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true").With("Modules:Training:Enabled", "false").With("Modules:Devices:Enabled", "false").With("Modules:Social:Enabled", "false");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_Then_every_review_is_by_a_customer_who_received_the_product_and_the_figures_match_the_rows()
    {
        var (reviews, unearned, mismatched) = await app.Services.QueryAsync<ShopDbContext, (int, int, int)>(async db =>
        {
            var all = await db.ProductReviews.AsNoTracking().ToListAsync();
            var unearned = 0;
            foreach (var review in all)
            {
                if (!await db.Orders.AnyAsync(o => o.CustomerId == review.AuthorId && o.DeliveredAt != null && o.Lines.Any(l => l.ProductId == review.ProductId)))
                {
                    unearned++;
                }
            }

            var mismatched = 0;
            foreach (var group in all.GroupBy(r => r.ProductId))
            {
                var product = await db.Products.AsNoTracking().SingleAsync(p => p.Id == group.Key);
                var summary = RatingSummary.From(group.Where(r => r.Status == ReviewStatus.Published).GroupBy(r => r.Rating).ToDictionary(g => g.Key, g => g.Count()));
                if (product.RatingCount != summary.Count || product.RatingAverage != summary.Average)
                {
                    mismatched++;
                }
            }

            return (all.Count, unearned, mismatched);
        });

        reviews.ShouldBeGreaterThanOrEqualTo(5);
        unearned.ShouldBe(0);
        mismatched.ShouldBe(0);
    }

    [Fact]
    public async Task Given_demo_data_When_seeding_runs_again_Then_no_review_order_or_stock_movement_is_added()
    {
        var before = await CountAsync();

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await CountAsync()).ShouldBe(before);
    }

    private Task<(int, int, int)> CountAsync() =>
        app.Services.QueryAsync<ShopDbContext, (int, int, int)>(async db =>
            (await db.ProductReviews.CountAsync(), await db.Orders.CountAsync(), await db.StockMovements.CountAsync()));
}

public sealed class ReviewsDemoTests_Sqlite(SqliteApp app) : ReviewsDemoTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewsDemoTests_Postgres(PostgresApp app) : ReviewsDemoTests(app), IClassFixture<PostgresApp>;
