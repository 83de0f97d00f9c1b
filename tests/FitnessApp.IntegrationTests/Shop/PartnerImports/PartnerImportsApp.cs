using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitnessApp.IntegrationTests.Shop.PartnerImports;

/// <summary>A host with an operator, a small upload limit and a partner's feed server on 127.0.0.1 (random port).</summary>
public class PartnerImportsApp : FitnessAppFactory
{
    public const string OperatorEmail = "imports-operator@example.com";
    public const string OperatorPassword = "operator password for the partner import tests";
    public const int MaxUploadBytes = 64 * 1024;
    public const int MaxRows = 50;

    private WebApplication? _partner;

    protected PartnerImportsApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
        With("Shop:PartnerImports:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Shop:PartnerImports:MaxRows", MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>What the partner serves, by path (e.g. <c>/feeds/acme.csv</c>).</summary>
    public ConcurrentDictionary<string, string> PartnerFiles { get; } = new();

    public string PartnerUrl { get; private set; } = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _partner = builder.Build();
        _partner.MapGet("/feeds/{name}", (string name) =>
            PartnerFiles.TryGetValue(name, out var body) ? Results.Text(body, "text/plain", Encoding.UTF8) : Results.NotFound());
        await _partner.StartAsync();
        PartnerUrl = _partner.Urls.Single();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_partner is not null)
        {
            await _partner.DisposeAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class PartnerImportsSqliteApp() : PartnerImportsApp(TestDatabase.Sqlite);

public sealed class PartnerImportsPostgresApp() : PartnerImportsApp(TestDatabase.Postgres);

internal static class PartnerImportsApi
{
    public const string Feeds = "/api/v1/shop/admin/partner-feeds";

    public const string Header = "externalId,sku,name_en,name_ru,brand,category,sports,size,colour,price,stock";

    public static string Run(Guid runId) => $"{Feeds}/runs/{runId}";

    public static string NewCode() => $"p{Guid.NewGuid():N}"[..16];

    public static async Task<HttpClient> OperatorClientAsync(this PartnerImportsApp app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(PartnerImportsApp.OperatorEmail, PartnerImportsApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public static Dictionary<string, object?> Body(string code, Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["code"] = code,
            ["name"] = "Partner " + code,
            ["format"] = "csv",
            ["url"] = null,
            ["intervalHours"] = 24,
            ["enabled"] = false,
        };
        change?.Invoke(body);
        return body;
    }

    public static async Task<Guid> CategoryAsync(this PartnerImportsApp app, string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var category = new Category { Id = Guid.CreateVersion7(), Slug = slug, NameEn = slug, NameRu = slug, CreatedAt = DateTime.UtcNow };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    public static async Task<JsonElement> CreateFeedAsync(this HttpClient op, string code, Action<Dictionary<string, object?>>? change = null)
    {
        var response = await op.PostAsJsonAsync(Feeds, Body(code, change));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid feedId, string content, string fileName = "feed.csv")
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", fileName);
        return client.PostAsync($"{Feeds}/{feedId}/upload", form);
    }

    public static async Task<JsonElement> UploadOkAsync(this HttpClient client, Guid feedId, string content, string fileName = "feed.csv")
    {
        var response = await client.UploadAsync(feedId, content, fileName);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    public static Task<List<Product>> ProductsAsync(this PartnerImportsApp app, string source) =>
        app.Services.QueryAsync<ShopDbContext, List<Product>>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.Products, p => p.Skus)
                    .Where(p => p.Source == source).OrderBy(p => p.ExternalId)));

    public static Task<List<StockMovement>> MovementsAsync(this PartnerImportsApp app, IReadOnlyCollection<Guid> skuIds) =>
        app.Services.QueryAsync<ShopDbContext, List<StockMovement>>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.StockMovements.Where(m => skuIds.Contains(m.SkuId))));

    public static Task<List<PartnerImportRun>> RunsAsync(this PartnerImportsApp app, Guid feedId) =>
        app.Services.QueryAsync<ShopDbContext, List<PartnerImportRun>>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.PartnerImportRuns.Where(r => r.FeedId == feedId)));
}
