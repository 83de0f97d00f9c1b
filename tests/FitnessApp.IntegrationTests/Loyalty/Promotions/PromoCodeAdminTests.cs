using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Loyalty.Promotions;

/// <summary>Operators create, list, edit and deactivate promo codes; everyone else is turned away; bad input stores nothing.</summary>
public abstract class PromoCodeAdminTests(PromoApp app)
{
    [Fact]
    public async Task Given_AnOperator_When_TheyCreateACode_Then_ItIsStoredUpperCaseAndListedWithItsUsage()
    {
        var op = await app.OperatorClientAsync();
        var code = PromoApi.NewCode();

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code.ToLowerInvariant(), b => b["countries"] = new[] { "de", "AT" }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("code").GetString().ShouldBe(code);
        created.GetProperty("kind").GetString().ShouldBe("percentage");
        created.GetProperty("countries").EnumerateArray().Select(c => c.GetString()).ShouldBe(["AT", "DE"]);
        created.GetProperty("uses").GetInt32().ShouldBe(0);
        response.Headers.Location!.ToString().ShouldEndWith(created.GetProperty("id").GetGuid().ToString());

        await app.RedeemAsync(Guid.NewGuid(), code, Guid.NewGuid());
        var list = await op.GetFromJsonAsync<JsonElement>(PromoApi.Admin + "?limit=200");
        var listed = list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);
        listed.GetProperty("uses").GetInt32().ShouldBe(1);
        listed.GetProperty("committedUses").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_AFixedAmountCode_When_Created_Then_ItKeepsAmountAndCurrency()
    {
        var op = await app.OperatorClientAsync();

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(PromoApi.NewCode(), b =>
        {
            b["kind"] = "fixedAmount";
            b["percent"] = null;
            b["amount"] = 7.5m;
            b["currency"] = "eur";
            b["minimumOrderAmount"] = 30m;
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("amount").GetDecimal().ShouldBe(7.5m);
        created.GetProperty("currency").GetString().ShouldBe("EUR");
        created.GetProperty("minimumOrderAmount").GetDecimal().ShouldBe(30m);
    }

    [Theory]
    [InlineData("percent", -5)]
    [InlineData("percent", 101)]
    [InlineData("percent", 0)]
    public async Task Given_ABadPercentage_When_Created_Then_400NamesPercentAndNothingIsStored(string field, int value)
    {
        var op = await app.OperatorClientAsync();
        var code = PromoApi.NewCode();

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code, b => b[field] = value));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
        await ShouldNotExistAsync(code);
    }

    [Fact]
    public async Task Given_AFixedAmountWithoutCurrency_When_Created_Then_400NamesCurrency()
    {
        var op = await app.OperatorClientAsync();
        var code = PromoApi.NewCode();

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code, b =>
        {
            b["kind"] = "fixedAmount";
            b["percent"] = null;
            b["amount"] = 5m;
        }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("currency");
        await ShouldNotExistAsync(code);
    }

    [Fact]
    public async Task Given_AnEndNotAfterTheStart_When_Created_Then_400NamesEndsAt()
    {
        var op = await app.OperatorClientAsync();
        var code = PromoApi.NewCode();
        var start = DateTimeOffset.UtcNow;

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code, b =>
        {
            b["startsAt"] = start;
            b["endsAt"] = start;
        }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("endsAt");
        await ShouldNotExistAsync(code);
    }

    [Theory]
    [InlineData("code", "AB")]
    [InlineData("code", "NO SPACES")]
    [InlineData("kind", "free")]
    public async Task Given_AMalformedField_When_Created_Then_400NamesIt(string field, string value)
    {
        var op = await app.OperatorClientAsync();

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(PromoApi.NewCode(), b => b[field] = value));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_ABadCountry_When_Created_Then_400NamesTheCountry()
    {
        var op = await app.OperatorClientAsync();

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(PromoApi.NewCode(), b => b["countries"] = new[] { "DE", "Germany" }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("countries[1]");
    }

    [Fact]
    public async Task Given_AnExistingCodeInAnotherCase_When_CreatedAgain_Then_409()
    {
        var op = await app.OperatorClientAsync();
        var code = PromoApi.NewCode();
        (await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code.ToLowerInvariant(), b => b["percent"] = 50));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var stored = await app.Services.QueryAsync<LoyaltyDbContext, List<int?>>(db => db.PromoCodes.Where(c => c.Code == code).Select(c => c.Percent).ToListAsync());
        stored.ShouldBe([10]);
    }

    [Fact]
    public async Task Given_ACode_When_AnOperatorEditsIt_Then_TheSettingsChangeAndTheUsageStays()
    {
        var op = await app.OperatorClientAsync();
        var code = PromoApi.NewCode();
        var created = await (await op.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        await app.RedeemAsync(Guid.NewGuid(), code, Guid.NewGuid());

        var response = await op.PutAsJsonAsync($"{PromoApi.Admin}/{id}", PromoApi.Body(code, b =>
        {
            b["percent"] = 25;
            b["totalLimit"] = 5;
            b["minimumLevel"] = 2;
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("percent").GetInt32().ShouldBe(25);
        updated.GetProperty("totalLimit").GetInt32().ShouldBe(5);
        updated.GetProperty("minimumLevel").GetInt32().ShouldBe(2);
        updated.GetProperty("uses").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_TwoCodes_When_OneIsRenamedToTheOther_Then_409()
    {
        var op = await app.OperatorClientAsync();
        var first = PromoApi.NewCode();
        var second = await app.CreateCodeAsync(PromoApi.NewCode());
        await app.CreateCodeAsync(first);

        var response = await op.PutAsJsonAsync($"{PromoApi.Admin}/{second.Id}", PromoApi.Body(first));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_AnUnknownId_When_EditedOrDeactivated_Then_404()
    {
        var op = await app.OperatorClientAsync();

        await (await op.PutAsJsonAsync($"{PromoApi.Admin}/{Guid.NewGuid()}", PromoApi.Body(PromoApi.NewCode()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.PostAsync($"{PromoApi.Admin}/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.GetAsync($"{PromoApi.Admin}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_AnActiveCode_When_Deactivated_Then_ItNoLongerApplies()
    {
        var op = await app.OperatorClientAsync();
        var code = await app.CreateCodeAsync(PromoApi.NewCode());

        var response = await op.PostAsync($"{PromoApi.Admin}/{code.Id}/deactivate", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean().ShouldBeFalse();
        var redeemed = await app.RedeemAsync(Guid.NewGuid(), code.Code, Guid.NewGuid());
        redeemed.Redeemed.ShouldBeFalse();
        redeemed.Reason.ShouldBe(Modules.Loyalty.Contracts.Promotions.PromoCodeRejection.Unknown);
    }

    [Fact]
    public async Task Given_NoToken_When_TheOperatorsEndpointsAreCalled_Then_401()
    {
        var anonymous = app.CreateClient();

        await (await anonymous.GetAsync(PromoApi.Admin)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(PromoApi.NewCode()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PutAsJsonAsync($"{PromoApi.Admin}/{Guid.NewGuid()}", PromoApi.Body(PromoApi.NewCode()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync($"{PromoApi.Admin}/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_AnAthlete_When_TheyCallTheOperatorsEndpoints_Then_403AndNothingIsStored()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var code = PromoApi.NewCode();

        await (await athlete.GetAsync(PromoApi.Admin)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PostAsJsonAsync(PromoApi.Admin, PromoApi.Body(code))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PostAsync($"{PromoApi.Admin}/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await ShouldNotExistAsync(code);
    }

    [Fact]
    public async Task Given_MoreCodesThanAPage_When_Listed_Then_TheCursorGivesTheRestWithoutRepeats()
    {
        var op = await app.OperatorClientAsync();
        for (var i = 0; i < 3; i++)
        {
            await app.CreateCodeAsync(PromoApi.NewCode());
        }

        var first = await op.GetFromJsonAsync<JsonElement>(PromoApi.Admin + "?limit=2");
        var cursor = first.GetProperty("nextCursor").GetString();
        cursor.ShouldNotBeNull();
        var second = await op.GetFromJsonAsync<JsonElement>($"{PromoApi.Admin}?limit=2&cursor={cursor}");

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(c => c.GetProperty("id").GetGuid()).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
        (await (await op.GetAsync(PromoApi.Admin + "?cursor=nonsense")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("cursor");
    }

    private async Task ShouldNotExistAsync(string code) =>
        (await app.Services.QueryAsync<LoyaltyDbContext, bool>(db => db.PromoCodes.AnyAsync(c => c.Code == code.ToUpperInvariant()))).ShouldBeFalse();
}

public sealed class PromoCodeAdminTests_Sqlite(PromoSqliteApp app) : PromoCodeAdminTests(app), IClassFixture<PromoSqliteApp>;

public sealed class PromoCodeAdminTests_Postgres(PromoPostgresApp app) : PromoCodeAdminTests(app), IClassFixture<PromoPostgresApp>;
