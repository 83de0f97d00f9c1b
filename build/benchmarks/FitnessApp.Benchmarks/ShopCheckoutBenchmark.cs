using System.Collections.Concurrent;
using System.Diagnostics;
using FitnessApp.Modules.Shared;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shop;
using FitnessApp.Modules.Shop.Checkout.PlaceOrder;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;

namespace FitnessApp.Benchmarks;

/// <summary>
/// Issue 8's checkout figure on PostgreSQL ("200 checkouts per second without oversell"), in a fresh database migrated by
/// the Shop migrations. <see cref="Athletes"/> athletes each have a cart of one or two of <see cref="DefaultSkus"/> variants
/// (or <c>--variants N</c>)
/// (1 or 2 units per line) whose stock (<see cref="StockPerSku"/> each) covers only part of the demand (or, with
/// <c>--stock-covers-demand</c>, <see cref="AmpleStockPerSku"/> each, so that every checkout places an order); every athlete
/// places an order at once through the real <see cref="PlaceOrderHandler"/> (mediator, validation, own transaction,
/// <c>StockLedger</c>'s conditional updates) from a service provider built like the host's, <see cref="Concurrency"/> at a
/// time. Reports checkouts per second (placed and refused), p50 / p95 per checkout, and checks that nothing was oversold:
/// per variant, units ordered ≤ initial stock, stock + units ordered = initial stock, stock never negative.
/// </summary>
internal static class ShopCheckoutBenchmark
{
    private const int Athletes = 3_000;
    private const int DefaultSkus = 4;
    private const int StockPerSku = 600;
    private const int AmpleStockPerSku = 10_000;
    private const int Concurrency = 32;

    public static async Task RunAsync(bool stockCoversDemand = false, int skus = DefaultSkus)
    {
        var stockPerSku = stockCoversDemand ? AmpleStockPerSku : StockPerSku;
        await using var database = await BenchDatabase.CreateAsync("checkout", maxPoolSize: 100);
        var connection = database.ConnectionString;
        await using var services = BuildServices(connection);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShopDbContext>().Database.MigrateAsync();
        }

        await SeedAsync(connection, stockPerSku, skus);
        var initial = await StockAsync(connection);
        Console.WriteLine($"Seeded {Athletes:N0} carts over {skus} variants with {stockPerSku} units each "
            + $"(demand {await ScalarAsync(connection, "SELECT sum(\"Quantity\") FROM shop.\"CartItems\""):N0} units, stock {initial.Values.Sum():N0}).");

        await WarmUpAsync(services);
        var placed = 0;
        var refused = 0;
        var times = new ConcurrentBag<double>();
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Athletes)
            {
                await using var scope = services.CreateAsyncScope();
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var sw = Stopwatch.StartNew();
                try
                {
                    await mediator.Send(new PlaceOrder(Athlete(i), $"bench-{i}", Body));
                    Interlocked.Increment(ref placed);
                }
                catch (ConflictException)
                {
                    Interlocked.Increment(ref refused);
                }

                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        })));
        total.Stop();

        var sorted = times.Order().ToArray();
        Console.WriteLine($"{Athletes:N0} checkouts, {Concurrency} at a time: {placed:N0} placed, {refused:N0} refused (out of stock) in {total.Elapsed.TotalSeconds:F2} s = "
            + $"{Athletes / total.Elapsed.TotalSeconds:F0} checkouts/s ({placed / total.Elapsed.TotalSeconds:F0} orders/s); "
            + $"per checkout p50 {sorted[sorted.Length / 2]:F1} ms, p95 {sorted[sorted.Length * 95 / 100]:F1} ms, max {sorted[^1]:F1} ms");
        await CheckNoOversellAsync(connection, initial, placed);
    }

    private static readonly PlaceOrderBody Body = new(new OrderAddress("Bench Athlete", "Main street 1", null, "Berlin", "10115", "DE"), "cashOnDelivery", null, null);

    private static Guid Athlete(int i) => Uuid($"athlete-{i}");

    /// <summary>The same uuid PostgreSQL's <c>md5(text)::uuid</c> gives.</summary>
    private static Guid Uuid(string text) => Guid.Parse(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text))));

    /// <summary>Pays the first-call costs (model building, JIT) outside the measurement: an athlete without a cart gets 409.</summary>
    private static async Task WarmUpAsync(ServiceProvider services)
    {
        for (var i = 0; i < 5; i++)
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PlaceOrder(Guid.NewGuid(), $"warm-{i}", Body));
            }
            catch (ConflictException)
            {
            }
        }
    }

    private static async Task CheckNoOversellAsync(string connection, Dictionary<Guid, long> initial, int placed)
    {
        var after = await StockAsync(connection);
        var sold = new Dictionary<Guid, long>();
        await using (var db = new NpgsqlConnection(connection))
        {
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT l.\"SkuId\", sum(l.\"Quantity\") FROM shop.\"OrderLines\" l GROUP BY l.\"SkuId\"", db);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sold[reader.GetGuid(0)] = reader.GetInt64(1);
            }
        }

        var orders = await ScalarAsync(connection, "SELECT count(*) FROM shop.\"Orders\"");
        var ok = orders == placed;
        foreach (var (sku, stock) in initial)
        {
            var units = sold.GetValueOrDefault(sku);
            var left = after[sku];
            var fine = units <= stock && left >= 0 && left + units == stock;
            ok &= fine;
            Console.WriteLine($"  variant {sku}: initial {stock}, ordered {units}, left {left} {(fine ? "ok" : "OVERSOLD OR LOST")}");
        }

        Console.WriteLine(ok ? $"No oversell: {orders:N0} orders, every unit ordered was in stock." : "FAILED: oversell or lost stock (see above).");
        if (!ok)
        {
            Environment.ExitCode = 1;
        }
    }

    private static async Task<Dictionary<Guid, long>> StockAsync(string connection)
    {
        var stock = new Dictionary<Guid, long>();
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Id\", \"Stock\" FROM shop.\"Skus\"", db);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stock[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        return stock;
    }

    /// <summary>The host's registrations for checkout: the platform kernel (mediator, validation, outbox) and the Shop module.</summary>
    private static ServiceProvider BuildServices(string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = "Postgres",
            [DatabaseSettings.PostgresConnectionStringKey] = connection,
        }).Build();
        var environment = new HostingEnvironment { ApplicationName = "FitnessApp.Benchmarks", EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPlatformKernel(configuration, environment);
        services.AddModule(new ShopModule(), configuration);
        return services.BuildServiceProvider();
    }

    private static async Task SeedAsync(string connection, int stockPerSku, int skus)
    {
        string[] statements =
        [
            """
                INSERT INTO shop."Categories" ("Id", "ParentId", "Slug", "NameEn", "NameRu", "Position", "CreatedAt")
                VALUES (md5('bench-category')::uuid, NULL, 'bench', 'Bench', 'Тест', 0, now())
                """,
            """
                INSERT INTO shop."Products" ("Id", "CategoryId", "Slug", "NameEn", "NameRu", "DescriptionEn", "DescriptionRu", "Brand", "Status", "AttributesJson",
                    "PriceFromMinor", "RatingAverage", "RatingCount", "Source", "ExternalId", "CreatedAt", "UpdatedAt")
                VALUES (md5('bench-product')::uuid, md5('bench-category')::uuid, 'bench-shoe', 'Bench shoe', 'Кроссовки', 'Fast.', 'Быстрые.', 'Stridemax', 'Active', '{}',
                    4990, 0, 0, 'manual', NULL, now(), now())
                """,
            $"""
                INSERT INTO shop."Skus" ("Id", "ProductId", "Code", "Size", "Colour", "PriceMinor", "Stock", "Active", "Position")
                SELECT md5('sku-' || k)::uuid, md5('bench-product')::uuid, 'BENCH-' || k, (40 + k)::text, 'Black', 4990 + k * 100, {stockPerSku}, true, k
                FROM generate_series(1, {skus}) k
                """,
            $"""
                INSERT INTO shop."CartItems" ("UserId", "SkuId", "Quantity", "AddedAt")
                SELECT md5('athlete-' || i)::uuid, md5('sku-' || (1 + i % {skus}))::uuid, 1 + i % 2, now() FROM generate_series(0, {Athletes - 1}) i
                UNION ALL
                SELECT md5('athlete-' || i)::uuid, md5('sku-' || (1 + (i + 1) % {skus}))::uuid, 1, now() FROM generate_series(0, {Athletes - 1}) i WHERE i % 3 = 0
                """,
            "ANALYZE",
        ];
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, db) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

}
