using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Shop.Notifications;
using FitnessApp.IntegrationTests.Shop.Orders;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Offers.WeeklyEmail;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Shop.Offers;

/// <summary>GET /api/v1/shop/offers and the weekly offers email.</summary>
public abstract class OffersTests(OrderEmailsApp app)
{
    private const string Url = "/api/v1/shop/offers";

    [Fact]
    public async Task Given_no_token_When_asking_for_offers_Then_401()
    {
        using var anonymous = app.CreateClient();

        (await anonymous.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_worn_shoes_and_two_public_runs_When_asking_for_offers_Then_running_shoes_and_running_gear_come_with_their_reasons()
    {
        await SeedRunningProductsAsync();
        var athlete = await app.CustomerAsync();
        await WornShoesAndRunsAsync(athlete.Client, "public");

        var offers = await OffersAsync(athlete.Client);

        // Earlier tests of this class seed equal products: which of them comes first does not matter here.
        var shoeOffer = offers.First(o => o.GetProperty("rule").GetString() == "wornShoes");
        shoeOffer.GetProperty("slug").GetString().ShouldStartWith("offer-shoe-");
        shoeOffer.GetProperty("reason").GetString().ShouldBe("Your Pegasus 41 have 95 of 100 km");
        shoeOffer.GetProperty("priceFrom").GetDecimal().ShouldBe(99.90m);
        shoeOffer.GetProperty("currency").GetString().ShouldBe("EUR");
        var gearOffer = offers.First(o => o.GetProperty("rule").GetString() == "sportVolume");
        gearOffer.GetProperty("slug").GetString().ShouldStartWith("offer-belt-");
        gearOffer.GetProperty("reason").GetString().ShouldBe("2 running activities, 10 km in the last 28 days");
        offers.ShouldNotContain(o => o.GetProperty("rule").GetString() == "sportVolume" && o.GetProperty("slug").GetString()!.StartsWith("offer-shoe-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_only_private_runs_and_no_gear_When_asking_for_offers_Then_none_because_private_activities_never_count()
    {
        await SeedRunningProductsAsync();
        var athlete = await app.CustomerAsync();
        for (var i = 0; i < 3; i++)
        {
            await athlete.Client.RecordAsync(ActivityApi.Run("""{"visibility":"private","distanceMeters":5000}"""));
        }

        (await OffersAsync(athlete.Client)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_no_training_When_asking_for_offers_Then_the_list_is_empty()
    {
        await SeedRunningProductsAsync();
        var athlete = await app.CustomerAsync();

        (await OffersAsync(athlete.Client)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_one_athlete_opted_in_and_one_not_When_the_weekly_job_runs_Then_only_the_opted_in_athlete_gets_the_offers_email()
    {
        await SeedRunningProductsAsync();
        var optedIn = await ConfirmedAsync("""{"language":"en","emailNotifications":{"shopOffers":true}}""");
        var notOptedIn = await ConfirmedAsync("""{"language":"en"}""");
        await WornShoesAndRunsAsync(optedIn.Customer.Client, "followers");
        await WornShoesAndRunsAsync(notOptedIn.Customer.Client, "followers");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await ActivatorUtilities.CreateInstance<WeeklyOffersJob>(scope.ServiceProvider).RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        var message = await app.Mailbox.WaitForAsync(optedIn.Email, "Picked for you this week");
        // The settings body the tests share asks for imperial units: 95 of 100 km are 59 of 62 miles.
        message.Text.Contains("Your Pegasus 41 have 59 of 62 mi", StringComparison.Ordinal).ShouldBeTrue(message.Text);
        message.Text.Contains("from 99.90 EUR", StringComparison.Ordinal).ShouldBeTrue(message.Text);
        message.LinkPath.ShouldBe("/shop");
        // The other athlete's registration mail is in the box too: only offers mails count.
        await Task.Delay(1000);
        app.Mailbox.To(notOptedIn.Email).Where(m => m.Subject.Contains("Picked for you", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_the_weekly_job_already_ran_this_week_When_it_runs_again_Then_the_athlete_gets_no_second_offers_email()
    {
        await SeedRunningProductsAsync();
        var optedIn = await ConfirmedAsync("""{"language":"en","emailNotifications":{"shopOffers":true}}""");
        await WornShoesAndRunsAsync(optedIn.Customer.Client, "followers");

        await RunWeeklyJobAsync();
        await app.Mailbox.WaitForAsync(optedIn.Email, "Picked for you this week");
        var second = await RunWeeklyJobAsync();

        second.ShouldBe(0, "a retried or repeated run in the same week sends nothing again");
        await Task.Delay(1000);
        app.Mailbox.To(optedIn.Email).Count(m => m.Subject.Contains("Picked for you", StringComparison.Ordinal)).ShouldBe(1);
    }

    private async Task<int> RunWeeklyJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<WeeklyOffersJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    private async Task<(ShopCustomer Customer, string Email)> ConfirmedAsync(string settings)
    {
        var customer = await app.CustomerAsync();
        var email = (await customer.Client.GetMeAsync()).GetProperty("email").GetString()!;
        (await customer.Client.PutSettingsAsync(ProfileApi.SettingsBody(settings))).EnsureSuccessStatusCode();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.Where(u => u.Id == customer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true));
        return (customer, email);
    }

    /// <summary>Shoes with a 100 km threshold and 85 km on them, then two 5 km runs in them (95 km, 95 %).</summary>
    private static async Task WornShoesAndRunsAsync(HttpClient client, string visibility)
    {
        var shoes = await client.AddShoesAsync(thresholdMeters: 100_000, initialMeters: 85_000);
        var gearId = shoes.GetProperty("id").GetGuid();
        for (var i = 0; i < 2; i++)
        {
            var run = ActivityApi.Run($$"""{"visibility":"{{visibility}}","distanceMeters":5000}""", DateTimeOffset.UtcNow.AddDays(-i - 1));
            run["gearId"] = JsonValue.Create(gearId);
            await client.RecordAsync(run);
        }
    }

    private static async Task<List<JsonElement>> OffersAsync(HttpClient client)
    {
        var response = await client.GetAsync(Url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>A running shoe (under a "shoes" category) and a running belt, both top rated and in stock; (slugs offer-shoe-… and offer-belt-…).</summary>
    private async Task SeedRunningProductsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var tag = Guid.NewGuid().ToString("N")[..10];
        var now = DateTime.UtcNow;
        var shoes = new Category { Id = Guid.CreateVersion7(), Slug = $"offer-shoes-{tag}", NameEn = "Shoes", NameRu = "Обувь", CreatedAt = now };
        var road = new Category { Id = Guid.CreateVersion7(), ParentId = shoes.Id, Slug = $"offer-road-{tag}", NameEn = "Road", NameRu = "Шоссе", CreatedAt = now };
        var accessories = new Category { Id = Guid.CreateVersion7(), Slug = $"offer-acc-{tag}", NameEn = "Accessories", NameRu = "Аксессуары", CreatedAt = now };
        var shoe = Product(road.Id, $"offer-shoe-{tag}", "Glide", 9_990, now);
        var belt = Product(accessories.Id, $"offer-belt-{tag}", "Belt", 2_990, now);
        db.AddRange(shoes, road, accessories, shoe, belt);
        await db.SaveChangesAsync();
    }

    private static Product Product(Guid categoryId, string slug, string name, long price, DateTime now)
    {
        var product = new Product
        {
            Id = Guid.CreateVersion7(), CategoryId = categoryId, Slug = slug, NameEn = name, NameRu = name, Brand = "Stridemax", Status = ProductStatus.Active,
            PriceFromMinor = price, RatingAverage = 5, RatingCount = 1000, CreatedAt = now, UpdatedAt = now,
        };
        product.Sports.Add(new ProductSport { ProductId = product.Id, Sport = Sport.Running });
        product.Skus.Add(new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"{slug}-1", PriceMinor = price, Stock = 5 });
        return product;
    }
}

public sealed class OffersTests_Sqlite(OrderEmailsSqliteApp app) : OffersTests(app), IClassFixture<OrderEmailsSqliteApp>;

public sealed class OffersTests_Postgres(OrderEmailsPostgresApp app) : OffersTests(app), IClassFixture<OrderEmailsPostgresApp>;
