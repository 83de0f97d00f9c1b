using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Shop.Catalog;

/// <summary>A host with an operator (the bootstrap admin) for the catalog tests.</summary>
public class CatalogApp : FitnessAppFactory
{
    public const string OperatorEmail = "catalog-operator@example.com";
    public const string OperatorPassword = "operator password for the catalog tests";

    protected CatalogApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
    }
}

public sealed class CatalogSqliteApp() : CatalogApp(TestDatabase.Sqlite);

public sealed class CatalogPostgresApp() : CatalogApp(TestDatabase.Postgres);

/// <summary>Drives the catalog API the way operators and customers do.</summary>
internal static class CatalogApi
{
    public const string Products = "/api/v1/shop/products";
    public const string Categories = "/api/v1/shop/categories";
    public const string AdminCategories = "/api/v1/shop/admin/categories";
    public const string AdminProducts = "/api/v1/shop/admin/products";
    public const string AdminSkus = "/api/v1/shop/admin/skus";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<HttpClient> OperatorClientAsync(this CatalogApp app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(CatalogApp.OperatorEmail, CatalogApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public static async Task<JsonElement> ReadOkAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<Guid> CreateCategoryAsync(this HttpClient op, string slug, Guid? parentId = null, string? nameEn = null)
    {
        var response = await op.PostAsJsonAsync(AdminCategories, new { parentId, slug, nameEn = nameEn ?? slug, nameRu = "Категория " + slug, position = 0 });
        return (await response.ReadOkAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Dictionary<string, object?> ProductBody(Guid categoryId, string slug, Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["slug"] = slug,
            ["nameEn"] = "Test shoe " + slug,
            ["nameRu"] = "Тестовые кроссовки " + slug,
            ["descriptionEn"] = "A light shoe for fast days.",
            ["descriptionRu"] = "Лёгкая обувь для быстрых дней.",
            ["brand"] = "Testbrand",
            ["categoryId"] = categoryId,
            ["sports"] = new[] { "running" },
            ["attributes"] = new Dictionary<string, string> { ["drop"] = "8 mm" },
            ["status"] = "active",
        };
        change?.Invoke(body);
        return body;
    }

    public static async Task<Guid> CreateProductAsync(this HttpClient op, Guid categoryId, string slug, Action<Dictionary<string, object?>>? change = null)
    {
        var response = await op.PostAsJsonAsync(AdminProducts, ProductBody(categoryId, slug, change));
        return (await response.ReadOkAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AddVariantAsync(this HttpClient op, Guid productId, decimal price, string? size = "42", string? colour = "red", bool active = true, int stock = 0)
    {
        var response = await op.PostAsJsonAsync($"{AdminProducts}/{productId}/skus", new { code = Unique("SKU"), size, colour, price, active });
        var id = (await response.ReadOkAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        if (stock > 0)
        {
            (await op.PutAsJsonAsync($"{AdminSkus}/{id}/stock", new { stock })).EnsureSuccessStatusCode();
        }

        return id;
    }

    /// <summary>An active product with one variant at <paramref name="price"/> in <paramref name="categoryId"/>.</summary>
    public static async Task<Guid> CreateListedProductAsync(this HttpClient op, Guid categoryId, string slug, decimal price, Action<Dictionary<string, object?>>? change = null, int stock = 3)
    {
        var id = await op.CreateProductAsync(categoryId, slug, change);
        await op.AddVariantAsync(id, price, stock: stock);
        return id;
    }

    public static async Task<List<JsonElement>> SearchAllAsync(this HttpClient client, string query)
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync(Products + query + (cursor is null ? string.Empty : "&cursor=" + cursor))).ReadOkAsync();
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && all.Count < 1000);
        return all;
    }

    public static List<string> Slugs(this IEnumerable<JsonElement> items) => items.Select(i => i.GetProperty("slug").GetString()!).ToList();
}
