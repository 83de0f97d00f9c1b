using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Shop.Catalog;

/// <summary>Operators manage categories, products, variants and stock; athletes are refused; conflicts are 409s.</summary>
public abstract class CatalogAdminTests(CatalogApp app)
{
    [Fact]
    public async Task Given_AnAthlete_When_CallingAnyOperatorEndpoint_Then_403AndAnonymous401()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var anonymous = app.CreateClient();
        var id = Guid.NewGuid();
        var calls = new Func<HttpClient, Task<HttpResponseMessage>>[]
        {
            c => c.PostAsJsonAsync(CatalogApi.AdminCategories, new { slug = "x", nameEn = "x", nameRu = "x" }),
            c => c.PutAsJsonAsync($"{CatalogApi.AdminCategories}/{id}", new { slug = "x", nameEn = "x", nameRu = "x" }),
            c => c.DeleteAsync($"{CatalogApi.AdminCategories}/{id}"),
            c => c.GetAsync(CatalogApi.AdminProducts),
            c => c.GetAsync($"{CatalogApi.AdminProducts}/{id}"),
            c => c.PostAsJsonAsync(CatalogApi.AdminProducts, CatalogApi.ProductBody(id, "x")),
            c => c.PutAsJsonAsync($"{CatalogApi.AdminProducts}/{id}", CatalogApi.ProductBody(id, "x")),
            c => c.PostAsJsonAsync($"{CatalogApi.AdminProducts}/{id}/skus", new { code = "x", price = 1m }),
            c => c.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{id}", new { code = "x", price = 1m }),
            c => c.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{id}/stock", new { stock = 1 }),
            c => c.GetAsync($"{CatalogApi.AdminSkus}/{id}/stock-movements"),
        };

        foreach (var call in calls)
        {
            (await call(athlete)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await call(anonymous)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Given_ACategory_When_MovedBelowItsOwnChild_Then_409AndItStaysWhereItWas()
    {
        var op = await app.OperatorClientAsync();
        var parentSlug = CatalogApi.Unique("loop");
        var parent = await op.CreateCategoryAsync(parentSlug);
        var child = await op.CreateCategoryAsync(CatalogApi.Unique("loop"), parent);

        var toChild = await op.PutAsJsonAsync($"{CatalogApi.AdminCategories}/{parent}", new { parentId = child, slug = parentSlug, nameEn = "Loop", nameRu = "Петля" });
        var toItself = await op.PutAsJsonAsync($"{CatalogApi.AdminCategories}/{parent}", new { parentId = parent, slug = parentSlug, nameEn = "Loop", nameRu = "Петля" });

        await toChild.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await toItself.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await app.Services.QueryAsync<ShopDbContext, Guid?>(db => db.Categories.Where(c => c.Id == parent).Select(c => c.ParentId).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task Given_ACategoryWithChildrenOrProducts_When_Deleted_Then_409_AndAnEmptyOneIsDeleted()
    {
        var op = await app.OperatorClientAsync();
        var parent = await op.CreateCategoryAsync(CatalogApi.Unique("del"));
        var child = await op.CreateCategoryAsync(CatalogApi.Unique("del"), parent);
        var withProduct = await op.CreateCategoryAsync(CatalogApi.Unique("del"));
        await op.CreateProductAsync(withProduct, CatalogApi.Unique("del"), b => b["status"] = "draft");

        await (await op.DeleteAsync($"{CatalogApi.AdminCategories}/{parent}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await op.DeleteAsync($"{CatalogApi.AdminCategories}/{withProduct}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await op.DeleteAsync($"{CatalogApi.AdminCategories}/{child}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await op.DeleteAsync($"{CatalogApi.AdminCategories}/{parent}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await op.DeleteAsync($"{CatalogApi.AdminCategories}/{parent}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_TakenSlugs_When_Creating_Then_409()
    {
        var op = await app.OperatorClientAsync();
        var slug = CatalogApi.Unique("dup");
        var category = await op.CreateCategoryAsync(slug);
        await op.CreateProductAsync(category, slug);

        await (await op.PostAsJsonAsync(CatalogApi.AdminCategories, new { slug, nameEn = "Again", nameRu = "Снова" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await op.PostAsJsonAsync(CatalogApi.AdminProducts, CatalogApi.ProductBody(category, slug))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("slug", "Not A Slug")]
    [InlineData("nameEn", "")]
    [InlineData("nameRu", " ")]
    [InlineData("brand", "")]
    [InlineData("status", "published")]
    [InlineData("categoryId", null)]
    public async Task Given_ABadProduct_When_Created_Then_400NamesTheFieldAndNothingIsStored(string field, string? value)
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("bad"));
        var slug = CatalogApi.Unique("bad");

        var response = await op.PostAsJsonAsync(CatalogApi.AdminProducts, CatalogApi.ProductBody(category, slug, b => b[field] = value));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
        (await app.Services.QueryAsync<ShopDbContext, bool>(db => db.Products.AnyAsync(p => p.Slug == slug))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_AnUnknownSport_Or_Category_When_Creating_Then_400NamesIt()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("bad"));

        (await (await op.PostAsJsonAsync(CatalogApi.AdminProducts, CatalogApi.ProductBody(category, CatalogApi.Unique("bad"), b => b["sports"] = new[] { "chess" })))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("sports");
        (await (await op.PostAsJsonAsync(CatalogApi.AdminProducts, CatalogApi.ProductBody(Guid.NewGuid(), CatalogApi.Unique("bad"))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("categoryId");
        (await (await op.PostAsJsonAsync(CatalogApi.AdminCategories, new { parentId = Guid.NewGuid(), slug = CatalogApi.Unique("c"), nameEn = "x", nameRu = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("parentId");
    }

    [Fact]
    public async Task Given_AProduct_When_Updated_Then_TextsSportsAndStatusChange()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("upd"));
        var slug = CatalogApi.Unique("upd");
        var id = await op.CreateProductAsync(category, slug);

        var response = await op.PutAsJsonAsync($"{CatalogApi.AdminProducts}/{id}", CatalogApi.ProductBody(category, slug, b =>
        {
            b["nameEn"] = "Renamed";
            b["sports"] = new[] { "trailRunning", "hiking" };
            b["status"] = "archived";
        }));

        var updated = await response.ReadOkAsync();
        updated.GetProperty("nameEn").GetString().ShouldBe("Renamed");
        updated.GetProperty("status").GetString().ShouldBe("archived");
        updated.GetProperty("sports").EnumerateArray().Select(s => s.GetString()).ShouldBe(["hiking", "trailRunning"]);
        await (await op.PutAsJsonAsync($"{CatalogApi.AdminProducts}/{Guid.NewGuid()}", CatalogApi.ProductBody(category, CatalogApi.Unique("upd"))))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_Variants_When_PricesAndActiveChange_Then_PriceFromFollowsTheCheapestActiveOne()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("price"));
        var id = await op.CreateProductAsync(category, CatalogApi.Unique("price"));
        var cheap = await op.AddVariantAsync(id, 50m, "40");
        await op.AddVariantAsync(id, 70m, "41");
        (await PriceFromAsync(id)).ShouldBe(5000);

        var code = await app.Services.QueryAsync<ShopDbContext, string>(db => db.Skus.Where(s => s.Id == cheap).Select(s => s.Code).SingleAsync());
        (await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{cheap}", new { code, size = "40", price = 80m, active = true })).EnsureSuccessStatusCode();
        (await PriceFromAsync(id)).ShouldBe(7000);
        (await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{cheap}", new { code, size = "40", price = 60m, active = false })).EnsureSuccessStatusCode();
        (await PriceFromAsync(id)).ShouldBe(7000);
        (await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{cheap}", new { code, size = "40", price = 60m, active = true })).EnsureSuccessStatusCode();
        (await PriceFromAsync(id)).ShouldBe(6000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10.005)]
    public async Task Given_ABadPrice_When_AddingAVariant_Then_400NamesPriceAndNothingIsStored(double price)
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("badprice"));
        var id = await op.CreateProductAsync(category, CatalogApi.Unique("badprice"));

        var response = await op.PostAsJsonAsync($"{CatalogApi.AdminProducts}/{id}/skus", new { code = CatalogApi.Unique("SKU"), price = (decimal)price });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("price");
        (await app.Services.QueryAsync<ShopDbContext, bool>(db => db.Skus.AnyAsync(s => s.ProductId == id))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_ATakenVariantCode_When_AddingAnother_Then_409_AndUnknownProductIs404()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("code"));
        var id = await op.CreateProductAsync(category, CatalogApi.Unique("code"));
        var code = CatalogApi.Unique("SKU");
        (await op.PostAsJsonAsync($"{CatalogApi.AdminProducts}/{id}/skus", new { code, price = 1m })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await op.PostAsJsonAsync($"{CatalogApi.AdminProducts}/{id}/skus", new { code, price = 2m })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await op.PostAsJsonAsync($"{CatalogApi.AdminProducts}/{Guid.NewGuid()}/skus", new { code = CatalogApi.Unique("SKU"), price = 2m }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_AVariant_When_AnOperatorSetsItsStock_Then_TheAuditNamesWhoWhenBeforeAndAfter()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("stock"));
        var id = await op.CreateProductAsync(category, CatalogApi.Unique("stock"));
        var sku = await op.AddVariantAsync(id, 10m);

        (await (await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{sku}/stock", new { stock = 12, note = "delivery" })).ReadOkAsync()).GetProperty("stock").GetInt32().ShouldBe(12);
        (await (await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{sku}/stock", new { stock = 9, expectedStock = 12 })).ReadOkAsync()).GetProperty("stock").GetInt32().ShouldBe(9);
        var stale = await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{sku}/stock", new { stock = 20, expectedStock = 12 });

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var audit = (await (await op.GetAsync($"{CatalogApi.AdminSkus}/{sku}/stock-movements")).ReadOkAsync()).GetProperty("items").EnumerateArray().ToList();
        audit.Count.ShouldBe(2);
        audit[0].GetProperty("stockBefore").GetInt32().ShouldBe(12);
        audit[0].GetProperty("stockAfter").GetInt32().ShouldBe(9);
        audit[0].GetProperty("delta").GetInt32().ShouldBe(-3);
        audit[1].GetProperty("stockBefore").GetInt32().ShouldBe(0);
        audit[1].GetProperty("stockAfter").GetInt32().ShouldBe(12);
        audit[1].GetProperty("note").GetString().ShouldBe("delivery");
        audit[1].GetProperty("reason").GetString().ShouldBe("adjustment");
        audit[1].GetProperty("actorId").GetGuid().ShouldNotBe(Guid.Empty);
        (await app.Services.QueryAsync<ShopDbContext, int>(db => db.Skus.Where(s => s.Id == sku).Select(s => s.Stock).SingleAsync())).ShouldBe(9);
    }

    [Fact]
    public async Task Given_BadStock_Or_UnknownVariant_When_Setting_Then_400NamesStockOr404()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("stock"));
        var id = await op.CreateProductAsync(category, CatalogApi.Unique("stock"));
        var sku = await op.AddVariantAsync(id, 10m);

        (await (await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{sku}/stock", new { stock = -1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("stock");
        await (await op.PutAsJsonAsync($"{CatalogApi.AdminSkus}/{Guid.NewGuid()}/stock", new { stock = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.GetAsync($"{CatalogApi.AdminSkus}/{Guid.NewGuid()}/stock-movements")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_DraftsAndActiveProducts_When_AnOperatorLists_Then_AllAreListed()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("all"));
        var draft = CatalogApi.Unique("all");
        var active = CatalogApi.Unique("all");
        await op.CreateProductAsync(category, draft, b => b["status"] = "draft");
        await op.CreateListedProductAsync(category, active, 3m);

        var page = await (await op.GetAsync($"{CatalogApi.AdminProducts}?category={category}")).ReadOkAsync();

        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ShouldBe([active, draft]);
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ShouldBe(["active", "draft"]);
    }

    private Task<long?> PriceFromAsync(Guid id) =>
        app.Services.QueryAsync<ShopDbContext, long?>(db => db.Products.Where(p => p.Id == id).Select(p => p.PriceFromMinor).SingleAsync());
}

public sealed class CatalogAdminTests_Sqlite(CatalogSqliteApp app) : CatalogAdminTests(app), IClassFixture<CatalogSqliteApp>;

public sealed class CatalogAdminTests_Postgres(CatalogPostgresApp app) : CatalogAdminTests(app), IClassFixture<CatalogPostgresApp>;
