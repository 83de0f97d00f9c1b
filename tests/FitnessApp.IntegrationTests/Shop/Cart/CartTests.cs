using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Shop.Cart;

/// <summary>The persistent cart: quantities within 1..99 and the stock, prices and flags computed by the server.</summary>
public abstract class CartTests(ShopOrdersApp app)
{
    [Fact]
    public async Task Given_no_token_When_reading_or_changing_the_cart_Then_401()
    {
        var client = app.CreateClient();

        (await client.GetAsync(ShopOrdersApi.Cart)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PutItemAsync(Guid.NewGuid(), 1)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.DeleteAsync(ShopOrdersApi.Item(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_variant_When_putting_two_in_the_cart_Then_the_line_and_subtotal_are_priced_by_the_server()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(priceMinor: 2599, stock: 5);

        var put = await (await customer.Client.PutItemAsync(sku, 2)).JsonAsync();
        var cart = await (await customer.Client.GetAsync(ShopOrdersApi.Cart)).JsonAsync();

        put.Amount("subtotal").ShouldBe(51.98m);
        var line = cart.GetProperty("lines")[0];
        line.Id("skuId").ShouldBe(sku);
        line.GetProperty("quantity").GetInt32().ShouldBe(2);
        line.Amount("unitPrice").ShouldBe(25.99m);
        line.Amount("lineTotal").ShouldBe(51.98m);
        line.GetProperty("size").GetString().ShouldBe("42");
        line.GetProperty("unavailable").GetBoolean().ShouldBeFalse();
        line.GetProperty("short").GetBoolean().ShouldBeFalse();
        cart.Amount("subtotal").ShouldBe(51.98m);
        cart.GetProperty("currency").GetString().ShouldBe("EUR");
        cart.GetProperty("canCheckOut").GetBoolean().ShouldBeTrue();
        (await app.StockOfAsync(sku)).ShouldBe(5, "a cart takes no stock");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(null)]
    public async Task Given_a_quantity_outside_1_to_99_When_putting_Then_400_naming_quantity(int? quantity)
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(stock: 200);

        var problem = await (await customer.Client.PutItemAsync(sku, quantity)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["quantity"]);
    }

    [Fact]
    public async Task Given_3_in_stock_When_putting_4_Then_409_naming_quantity()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(stock: 3);

        var problem = await (await customer.Client.PutItemAsync(sku, 4)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.GetProperty("detail").GetString()!.ShouldContain("quantity");
        problem.GetProperty("field").GetString().ShouldBe("quantity");
    }

    [Fact]
    public async Task Given_an_unknown_an_inactive_or_an_unsold_variant_When_putting_Then_404()
    {
        var customer = await app.CustomerAsync();
        var inactive = await app.SeedSkuAsync(active: false);
        var draft = await app.SeedSkuAsync(status: ProductStatus.Draft);

        await (await customer.Client.PutItemAsync(Guid.NewGuid(), 1)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await customer.Client.PutItemAsync(inactive, 1)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await customer.Client.PutItemAsync(draft, 1)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_line_When_deleting_it_Then_the_cart_is_empty_and_another_athletes_cart_is_untouched()
    {
        var customer = await app.CustomerAsync();
        var other = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync();
        await customer.Client.PutItemAsync(sku, 1);
        await other.Client.PutItemAsync(sku, 2);

        (await customer.Client.DeleteAsync(ShopOrdersApi.Item(sku))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var cart = await (await customer.Client.GetAsync(ShopOrdersApi.Cart)).JsonAsync();
        cart.GetProperty("lines").GetArrayLength().ShouldBe(0);
        cart.GetProperty("canCheckOut").GetBoolean().ShouldBeFalse();
        var theirs = await (await other.Client.GetAsync(ShopOrdersApi.Cart)).JsonAsync();
        theirs.GetProperty("itemCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Given_lines_in_the_cart_When_a_variant_is_deactivated_and_another_runs_short_Then_the_flags_say_so_and_the_subtotal_skips_the_unavailable()
    {
        var customer = await app.CustomerAsync();
        var gone = await app.SeedSkuAsync(priceMinor: 1000);
        var scarce = await app.SeedSkuAsync(priceMinor: 700, stock: 5);
        await customer.Client.PutItemAsync(gone, 1);
        await customer.Client.PutItemAsync(scarce, 3);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            await db.Skus.Where(s => s.Id == gone).ExecuteUpdateAsync(s => s.SetProperty(x => x.Active, false));
            await db.Skus.Where(s => s.Id == scarce).ExecuteUpdateAsync(s => s.SetProperty(x => x.Stock, 2));
        }

        var cart = await (await customer.Client.GetAsync(ShopOrdersApi.Cart)).JsonAsync();

        var lines = cart.GetProperty("lines").EnumerateArray().ToDictionary(l => l.Id("skuId"));
        lines[gone].GetProperty("unavailable").GetBoolean().ShouldBeTrue();
        lines[scarce].GetProperty("short").GetBoolean().ShouldBeTrue();
        cart.Amount("subtotal").ShouldBe(21.00m);
        cart.GetProperty("canCheckOut").GetBoolean().ShouldBeFalse();
    }
}

public sealed class CartTests_Sqlite(ShopOrdersSqliteApp app) : CartTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class CartTests_Postgres(ShopOrdersPostgresApp app) : CartTests(app), IClassFixture<ShopOrdersPostgresApp>;
