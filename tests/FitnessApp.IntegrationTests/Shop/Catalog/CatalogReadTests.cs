using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Shop.Catalog;

/// <summary>Athletes search and read the catalog: only active products, filters, sorts with keyset pages; bad filters are 400s.</summary>
public abstract class CatalogReadTests(CatalogApp app)
{
    [Fact]
    public async Task Given_ATreeOfCategories_When_SearchingAParentCategory_Then_ProductsOfItsSubCategoriesAreListedButNotDrafts()
    {
        var op = await app.OperatorClientAsync();
        var root = await op.CreateCategoryAsync(CatalogApi.Unique("root"));
        var child = await op.CreateCategoryAsync(CatalogApi.Unique("child"), root);
        var grandchild = await op.CreateCategoryAsync(CatalogApi.Unique("grand"), child);
        var inRoot = CatalogApi.Unique("p");
        var inGrandchild = CatalogApi.Unique("p");
        var draft = CatalogApi.Unique("p");
        var noVariant = CatalogApi.Unique("p");
        await op.CreateListedProductAsync(root, inRoot, 10m);
        await op.CreateListedProductAsync(grandchild, inGrandchild, 20m);
        await op.CreateListedProductAsync(grandchild, draft, 30m, b => b["status"] = "draft");
        await op.CreateProductAsync(grandchild, noVariant);
        var athlete = await app.CreateAthleteClientAsync();

        var fromRoot = await athlete.SearchAllAsync($"?category={root}");
        var fromChild = await athlete.SearchAllAsync($"?category={child}");

        fromRoot.Slugs().ShouldBe([inGrandchild, inRoot], ignoreOrder: true);
        fromChild.Slugs().ShouldBe([inGrandchild]);
        var card = fromChild.Single();
        card.GetProperty("priceFrom").GetDecimal().ShouldBe(20m);
        card.GetProperty("priceFrom").GetRawText().ShouldBe("20.00");
        card.GetProperty("currency").GetString().ShouldBe("EUR");
        card.GetProperty("inStock").GetBoolean().ShouldBeTrue();
        card.GetProperty("brand").GetString().ShouldBe("Testbrand");
        card.GetProperty("nameRu").GetString()!.ShouldStartWith("Тестовые");
    }

    [Fact]
    public async Task Given_ProductsAtSeveralPrices_When_PagingEachSort_Then_EveryProductComesOnceInOrder()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("sort"));
        var prices = new[] { 15m, 5m, 25m, 5m, 12.5m, 40m, 12.5m };
        var slugs = new List<string>();
        foreach (var price in prices)
        {
            var slug = CatalogApi.Unique("s");
            slugs.Add(slug);
            await op.CreateListedProductAsync(category, slug, price);
        }

        var athlete = await app.CreateAthleteClientAsync();

        var ascending = await athlete.SearchAllAsync($"?category={category}&sort=priceAsc&limit=2");
        var descending = await athlete.SearchAllAsync($"?category={category}&sort=priceDesc&limit=3");
        var newest = await athlete.SearchAllAsync($"?category={category}&limit=2");

        ascending.Select(c => c.GetProperty("priceFrom").GetDecimal()).ShouldBe([5m, 5m, 12.5m, 12.5m, 15m, 25m, 40m]);
        ascending.Slugs().Distinct().Count().ShouldBe(7);
        descending.Select(c => c.GetProperty("priceFrom").GetDecimal()).ShouldBe([40m, 25m, 15m, 12.5m, 12.5m, 5m, 5m]);
        newest.Slugs().ShouldBe(Enumerable.Reverse(slugs).ToList());
    }

    [Fact]
    public async Task Given_FiltersOnPriceSportAndText_When_Searching_Then_OnlyMatchingProductsAreListed()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("filter"));
        var cheapRunning = CatalogApi.Unique("f");
        var dearCycling = CatalogApi.Unique("f");
        var brand = "Brand" + Guid.NewGuid().ToString("N")[..8];
        await op.CreateListedProductAsync(category, cheapRunning, 9.99m, b => b["nameRu"] = "Носки для бега " + cheapRunning);
        await op.CreateListedProductAsync(category, dearCycling, 120m, b =>
        {
            b["sports"] = new[] { "cycling" };
            b["brand"] = brand;
        });
        var athlete = await app.CreateAthleteClientAsync();

        (await athlete.SearchAllAsync($"?category={category}&minPrice=10")).Slugs().ShouldBe([dearCycling]);
        (await athlete.SearchAllAsync($"?category={category}&maxPrice=9.99")).Slugs().ShouldBe([cheapRunning]);
        (await athlete.SearchAllAsync($"?category={category}&sport=cycling")).Slugs().ShouldBe([dearCycling]);
        (await athlete.SearchAllAsync($"?query={brand.ToLowerInvariant()}")).Slugs().ShouldBe([dearCycling]);
        (await athlete.SearchAllAsync($"?category={category}&query={Uri.EscapeDataString("оски для бег")}")).Slugs().ShouldBe([cheapRunning]);
        (await athlete.SearchAllAsync($"?category={category}&query=FAST%20DAYS")).Count.ShouldBe(2);
        (await athlete.SearchAllAsync($"?category={category}&query=100%25")).ShouldBeEmpty();
        (await athlete.SearchAllAsync($"?category={category}&minRating=4")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_AnActiveProduct_When_ReadById_Then_ItHasVariantsPathAttributesAndSports()
    {
        var op = await app.OperatorClientAsync();
        var root = await op.CreateCategoryAsync(CatalogApi.Unique("path"));
        var leaf = await op.CreateCategoryAsync(CatalogApi.Unique("leaf"), root);
        var id = await op.CreateProductAsync(leaf, CatalogApi.Unique("d"));
        await op.AddVariantAsync(id, 99.9m, "43", "blue", stock: 2);
        await op.AddVariantAsync(id, 89m, "44", "black", stock: 0);
        var athlete = await app.CreateAthleteClientAsync();

        var product = await (await athlete.GetAsync($"{CatalogApi.Products}/{id}")).ReadOkAsync();

        product.GetProperty("priceFrom").GetDecimal().ShouldBe(89m);
        product.GetProperty("categoryPath").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([root, leaf]);
        product.GetProperty("attributes").GetProperty("drop").GetString().ShouldBe("8 mm");
        product.GetProperty("sports").EnumerateArray().Select(s => s.GetString()).ShouldBe(["running"]);
        var variants = product.GetProperty("variants").EnumerateArray().ToList();
        variants.Count.ShouldBe(2);
        variants.Single(v => v.GetProperty("size").GetString() == "43").GetProperty("available").GetBoolean().ShouldBeTrue();
        variants.Single(v => v.GetProperty("size").GetString() == "44").GetProperty("available").GetBoolean().ShouldBeFalse();
        variants.Single(v => v.GetProperty("size").GetString() == "43").GetProperty("price").GetRawText().ShouldBe("99.90");
        product.GetProperty("inStock").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_ADraftAnArchivedOrAnUnknownProduct_When_ReadById_Then_404()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("hidden"));
        var draft = await op.CreateListedProductAsync(category, CatalogApi.Unique("h"), 5m, b => b["status"] = "draft");
        var archived = await op.CreateListedProductAsync(category, CatalogApi.Unique("h"), 5m, b => b["status"] = "archived");
        var athlete = await app.CreateAthleteClientAsync();

        await (await athlete.GetAsync($"{CatalogApi.Products}/{draft}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{CatalogApi.Products}/{archived}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{CatalogApi.Products}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await op.GetAsync($"{CatalogApi.AdminProducts}/{draft}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_ACategoryTree_When_ListingCategories_Then_ChildrenAreNestedUnderTheirParent()
    {
        var op = await app.OperatorClientAsync();
        var rootSlug = CatalogApi.Unique("tree");
        var root = await op.CreateCategoryAsync(rootSlug);
        var child = await op.CreateCategoryAsync(CatalogApi.Unique("branch"), root);
        var athlete = await app.CreateAthleteClientAsync();

        var tree = await (await athlete.GetAsync(CatalogApi.Categories)).ReadOkAsync();

        var node = tree.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == root);
        node.GetProperty("slug").GetString().ShouldBe(rootSlug);
        node.GetProperty("children").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(child);
    }

    [Fact]
    public async Task Given_NoToken_When_ReadingTheCatalog_Then_401()
    {
        var anonymous = app.CreateClient();

        (await anonymous.GetAsync(CatalogApi.Products)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"{CatalogApi.Products}/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(CatalogApi.Categories)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("minPrice=5&maxPrice=1", "minPrice")]
    [InlineData("minPrice=1.234", "minPrice")]
    [InlineData("maxPrice=abc", "maxPrice")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("sport=chess", "sport")]
    [InlineData("minRating=6", "minRating")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("category=no-such-category", "category")]
    public async Task Given_ABadFilter_When_Searching_Then_400NamesTheField(string query, string field)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var problem = await (await athlete.GetAsync($"{CatalogApi.Products}?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_ACursorOfAnotherSort_When_Searching_Then_400NamesCursor()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("mix"));
        await op.CreateListedProductAsync(category, CatalogApi.Unique("m"), 1m);
        await op.CreateListedProductAsync(category, CatalogApi.Unique("m"), 2m);
        var athlete = await app.CreateAthleteClientAsync();
        var first = await (await athlete.GetAsync($"{CatalogApi.Products}?category={category}&sort=priceAsc&limit=1")).ReadOkAsync();
        var cursor = first.GetProperty("nextCursor").GetString();

        var problem = await (await athlete.GetAsync($"{CatalogApi.Products}?category={category}&sort=rating&cursor={cursor}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldContain("cursor");
    }
}

public sealed class CatalogReadTests_Sqlite(CatalogSqliteApp app) : CatalogReadTests(app), IClassFixture<CatalogSqliteApp>;

public sealed class CatalogReadTests_Postgres(CatalogPostgresApp app) : CatalogReadTests(app), IClassFixture<CatalogPostgresApp>;
