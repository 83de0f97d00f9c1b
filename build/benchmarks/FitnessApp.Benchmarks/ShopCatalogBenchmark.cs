using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FitnessApp.Modules.Shop.Catalog.SearchProducts;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FitnessApp.Benchmarks;

/// <summary>
/// Issue 8's catalog figure on PostgreSQL ("search over 100,000 products in under 30 ms"), in a fresh database migrated by
/// the Shop migrations: 100 categories in two levels, 100,000 products (set-based SQL) with two or three variants each and
/// one or two sports. Runs the real search handler for typical queries (p50 / p95 over warm runs, each with a new
/// DbContext) and prints EXPLAIN ANALYZE of each query's statements.
/// </summary>
internal static partial class ShopCatalogBenchmark
{
    private const int Products = 100_000;
    private const int Warmup = 10;
    private const int Runs = 100;

    private static readonly (string Name, SearchProducts Query)[] Queries =
    [
        ("text 'trail' (names, brand, descriptions), newest", new SearchProducts(Query: "trail")),
        ("text 'кроссовки' + priceAsc", new SearchProducts(Query: "кроссовки", Sort: "priceAsc")),
        ("category (root, 10 sub-categories) + priceAsc", new SearchProducts(Category: "root-3", Sort: "priceAsc")),
        ("sport cycling + price 50..150 + rating", new SearchProducts(Sport: "cycling", MinPrice: "50", MaxPrice: "150", Sort: "rating")),
        ("no filter, newest", new SearchProducts()),
        ("rare text 'model 4242'", new SearchProducts(Query: "model 4242")),
    ];

    public static async Task RunAsync()
    {
        await using var database = await BenchDatabase.CreateAsync("shop");
        var connection = database.ConnectionString;
        var capture = new CommandCapture();
        var options = new DbContextOptionsBuilder<ShopDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", ShopDbContext.Schema))
            .AddInterceptors(capture)
            .Options;
        await using (var db = new ShopDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var seed = Stopwatch.StartNew();
        await SeedAsync(connection);
        await using (var db = new ShopDbContext(options))
        {
            Console.WriteLine($"Seeded {await db.Products.CountAsync():N0} products, {await db.Skus.CountAsync():N0} variants, {await db.Categories.CountAsync()} categories in {seed.Elapsed.TotalSeconds:F1} s.");
        }

        foreach (var (name, query) in Queries)
        {
            await MeasureAsync(name, query, options, capture, connection);
        }
    }

    private static async Task SeedAsync(string connection)
    {
        string[] statements =
        [
            """
                INSERT INTO shop."Categories" ("Id", "ParentId", "Slug", "NameEn", "NameRu", "Position", "CreatedAt")
                SELECT md5('root-' || r)::uuid, NULL, 'root-' || r, 'Root ' || r, 'Раздел ' || r, r, now() FROM generate_series(0, 9) r
                """,
            """
                INSERT INTO shop."Categories" ("Id", "ParentId", "Slug", "NameEn", "NameRu", "Position", "CreatedAt")
                SELECT md5('leaf-' || c)::uuid, md5('root-' || (c / 10))::uuid, 'leaf-' || c, 'Leaf ' || c, 'Подраздел ' || c, c, now() FROM generate_series(0, 89) c
                """,
            $"""
                INSERT INTO shop."Products" ("Id", "CategoryId", "Slug", "NameEn", "NameRu", "DescriptionEn", "DescriptionRu", "Brand", "Status", "AttributesJson",
                    "PriceFromMinor", "RatingAverage", "RatingCount", "Source", "ExternalId", "CreatedAt", "UpdatedAt")
                SELECT md5('product-' || i)::uuid, md5('leaf-' || (i % 90))::uuid, 'product-' || i,
                    (ARRAY['Road', 'Trail', 'Track', 'City', 'Mountain', 'Pool', 'Studio', 'Winter'])[1 + i % 8] || ' ' ||
                    (ARRAY['shoe', 'jacket', 'helmet', 'bottle', 'watch', 'gel', 'shorts', 'gloves', 'goggles', 'vest'])[1 + (i / 8) % 10] || ' model ' || i,
                    (ARRAY['Кроссовки', 'Куртка', 'Шлем', 'Бутылка', 'Часы', 'Гель', 'Шорты', 'Перчатки', 'Очки', 'Жилет'])[1 + (i / 8) % 10] || ' модель ' || i,
                    'A dependable piece of gear number ' || i || ' for everyday training, tested by athletes.',
                    'Надёжное снаряжение номер ' || i || ' для ежедневных тренировок.',
                    (ARRAY['Stridemax', 'Northpace', 'Ridgeline', 'Aerolite', 'Pedalforce', 'Aquaform', 'Deepline', 'Pulsetrack', 'Hydrapeak', 'Fuelrun'])[1 + i % 10],
                    CASE WHEN i % 20 = 0 THEN 'Draft' ELSE 'Active' END, chr(123) || chr(125),
                    500 + (i * 7919) % 30000, round(((i * 31) % 50) / 10.0, 1), (i * 13) % 300, 'manual', NULL,
                    timestamp '2026-01-01' + (i * interval '5 minutes'), timestamp '2026-11-01'
                FROM generate_series(1, {Products}) i
                """,
            $"""
                INSERT INTO shop."Skus" ("Id", "ProductId", "Code", "Size", "Colour", "PriceMinor", "Stock", "Active", "Position")
                SELECT md5('sku-' || i || '-' || k)::uuid, md5('product-' || i)::uuid, 'SKU-' || i || '-' || k, (ARRAY['S', 'M', 'L'])[k], 'Black',
                    500 + (i * 7919) % 30000 + k * 100 - 100, (i + k) % 5, true, k
                FROM generate_series(1, {Products}) i, generate_series(1, 2 + i % 2) k
                """,
            $"""
                INSERT INTO shop."ProductSports" ("ProductId", "Sport")
                SELECT md5('product-' || i)::uuid, (ARRAY['Running', 'TrailRunning', 'Cycling', 'PoolSwimming', 'Hiking', 'Strength'])[1 + i % 6] FROM generate_series(1, {Products}) i
                UNION
                SELECT md5('product-' || i)::uuid, 'Cycling' FROM generate_series(1, {Products}) i WHERE i % 7 = 0
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

    private static async Task MeasureAsync(string name, SearchProducts query, DbContextOptions<ShopDbContext> options, CommandCapture capture, string connection)
    {
        var shop = Options.Create(new ShopOptions());
        var count = 0;
        var times = new double[Runs];
        for (var i = -Warmup; i < Runs; i++)
        {
            await using var db = new ShopDbContext(options);
            var handler = new SearchProductsHandler(db, shop);
            var sw = Stopwatch.StartNew();
            var page = await handler.Handle(query, CancellationToken.None);
            if (i >= 0)
            {
                times[i] = sw.Elapsed.TotalMilliseconds;
            }

            count = page.Items.Count;
        }

        Array.Sort(times);
        Console.WriteLine($"{name}: {count} items on the first page; p50 {times[Runs / 2]:F2} ms, p95 {times[Runs * 95 / 100]:F2} ms, max {times[^1]:F2} ms");

        capture.Start();
        await using (var db = new ShopDbContext(options))
        {
            await new SearchProductsHandler(db, shop).Handle(query, CancellationToken.None);
        }

        await using var explainConnection = new NpgsqlConnection(connection);
        await explainConnection.OpenAsync();
        foreach (var (text, parameters) in capture.Stop())
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + text, explainConnection);
            foreach (var p in parameters)
            {
                explain.Parameters.Add(p);
            }

            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(0));
                }
            }

            var time = ExecutionTime().Match(string.Join('\n', plan)).Groups[1].Value;
            Console.WriteLine($"  EXPLAIN ANALYZE: execution {time} ms");
            Console.WriteLine("    " + string.Join("\n    ", plan.Take(25)));
        }
    }

    [GeneratedRegex(@"Execution Time: ([0-9.]+) ms", RegexOptions.CultureInvariant)]
    private static partial Regex ExecutionTime();

    private sealed class CommandCapture : DbCommandInterceptor
    {
        private List<(string, List<NpgsqlParameter>)>? captured;

        public void Start() => captured = [];

        public List<(string Text, List<NpgsqlParameter> Parameters)> Stop()
        {
            var result = captured ?? [];
            captured = null;
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            captured?.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
