using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Promotions;

/// <summary>Athletes ask whether a code applies to their order: the discount, or the reason it does not.</summary>
public abstract class PromoCodeCheckTests(PromoApp app)
{
    [Fact]
    public async Task Given_AnActiveCode_When_AnAthleteChecksItInAnyCase_Then_ItAppliesWithTheDiscount()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), percent: 15);

        var check = await CheckAsync(athlete, code.Code.ToLowerInvariant(), 19.99m);

        check.GetProperty("applies").GetBoolean().ShouldBeTrue();
        check.GetProperty("discount").GetDecimal().ShouldBe(3.00m); // 2.9985
        check.GetProperty("currency").GetString().ShouldBe("EUR");
        check.GetProperty("code").GetString().ShouldBe(code.Code);
        check.GetProperty("reason").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_NoSuchCode_When_Checked_Then_Unknown()
    {
        var athlete = await app.CreateAthleteClientAsync();

        (await CheckAsync(athlete, "NO-SUCH-CODE")).GetProperty("reason").GetString().ShouldBe("unknown");
    }

    [Fact]
    public async Task Given_CodesWithConditions_When_AnOrderMissesThem_Then_EachReasonIsNamed()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var future = await app.CreateCodeAsync(PromoApi.NewCode(), startsAt: DateTimeOffset.UtcNow.AddDays(1), endsAt: DateTimeOffset.UtcNow.AddDays(2));
        var past = await app.CreateCodeAsync(PromoApi.NewCode(), startsAt: DateTimeOffset.UtcNow.AddDays(-2), endsAt: DateTimeOffset.UtcNow.AddDays(-1));
        var france = await app.CreateCodeAsync(PromoApi.NewCode(), countries: ["FR"]);
        var level3 = await app.CreateCodeAsync(PromoApi.NewCode(), minimumLevel: 3);
        var big = await app.CreateCodeAsync(PromoApi.NewCode(), minimumOrderAmount: 200m, currency: "EUR");
        var dollars = await app.CreateCodeAsync(PromoApi.NewCode(), currency: "USD");

        (await CheckAsync(athlete, future.Code)).GetProperty("reason").GetString().ShouldBe("notYetValid");
        (await CheckAsync(athlete, past.Code)).GetProperty("reason").GetString().ShouldBe("expired");
        (await CheckAsync(athlete, france.Code)).GetProperty("reason").GetString().ShouldBe("countryNotAllowed");
        (await CheckAsync(athlete, level3.Code)).GetProperty("reason").GetString().ShouldBe("levelTooLow");
        (await CheckAsync(athlete, big.Code)).GetProperty("reason").GetString().ShouldBe("orderTooSmall");
        (await CheckAsync(athlete, dollars.Code)).GetProperty("reason").GetString().ShouldBe("currencyMismatch");
        (await CheckAsync(athlete, france.Code, country: "fr")).GetProperty("applies").GetBoolean().ShouldBeTrue();
        (await CheckAsync(athlete, big.Code, amount: 200m)).GetProperty("applies").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_AnAthleteOfTheRequiredLevel_When_Checked_Then_ItApplies()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var userId = (await athlete.GetMeAsync()).Id();
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), minimumLevel: 3);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>();
            db.PointsAccounts.Add(new PointsAccount { UserId = userId, LifetimePoints = 800, Level = 3, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        (await CheckAsync(athlete, code.Code)).GetProperty("applies").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_AnAthleteWhoUsedTheirShare_When_Checked_Then_PerUserLimitReached_AndAnExhaustedCodeIsExhausted()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var userId = (await athlete.GetMeAsync()).Id();
        var once = await app.CreateCodeAsync(PromoApi.NewCode(), perUserLimit: 1);
        var single = await app.CreateCodeAsync(PromoApi.NewCode(), totalLimit: 1);
        (await app.RedeemAsync(userId, once.Code, Guid.NewGuid())).Redeemed.ShouldBeTrue();
        (await app.RedeemAsync(Guid.NewGuid(), single.Code, Guid.NewGuid())).Redeemed.ShouldBeTrue();

        (await CheckAsync(athlete, once.Code)).GetProperty("reason").GetString().ShouldBe("perUserLimitReached");
        (await CheckAsync(athlete, single.Code)).GetProperty("reason").GetString().ShouldBe("exhausted");
    }

    [Theory]
    [InlineData("code", null)]
    [InlineData("code", "A")]
    [InlineData("orderAmount", null)]
    [InlineData("orderAmount", -1)]
    [InlineData("currency", "EURO")]
    [InlineData("country", "DEU")]
    [InlineData("country", null)]
    public async Task Given_MalformedInput_When_Checked_Then_400NamesTheField(string field, object? value)
    {
        var athlete = await app.CreateAthleteClientAsync();
        var body = new Dictionary<string, object?> { ["code"] = "WELCOME10", ["orderAmount"] = 50m, ["currency"] = "EUR", ["country"] = "DE" };
        body[field] = value;

        var response = await athlete.PostAsJsonAsync(PromoApi.Check, body);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_NoToken_When_Checked_Then_401()
    {
        var response = await app.CreateClient().PostAsJsonAsync(PromoApi.Check, new { code = "WELCOME10", orderAmount = 50m, currency = "EUR", country = "DE" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> CheckAsync(HttpClient client, string code, decimal amount = 100m, string country = "DE")
    {
        var response = await client.PostAsJsonAsync(PromoApi.Check, new { code, orderAmount = amount, currency = "eur", country });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

public sealed class PromoCodeCheckTests_Sqlite(PromoSqliteApp app) : PromoCodeCheckTests(app), IClassFixture<PromoSqliteApp>;

public sealed class PromoCodeCheckTests_Postgres(PromoPostgresApp app) : PromoCodeCheckTests(app), IClassFixture<PromoPostgresApp>;
