using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Shop.PartnerImports;

/// <summary>Operators manage partner feeds and read run reports; athletes get 403, anonymous callers 401, bad input 400 naming the field.</summary>
public abstract class PartnerFeedApiTests(PartnerImportsApp app)
{
    [Fact]
    public async Task Given_AnOperator_When_TheyCreateAFeed_Then_ItIsListedWithItsSettings()
    {
        var op = await app.OperatorClientAsync();
        var code = PartnerImportsApi.NewCode();
        var category = await app.CategoryAsync("cat-" + code);

        var response = await op.PostAsJsonAsync(PartnerImportsApi.Feeds, PartnerImportsApi.Body(code, b =>
        {
            b["format"] = "json";
            b["url"] = "https://partner.example.com/feed.json";
            b["intervalHours"] = 6;
            b["defaultCategoryId"] = category;
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("code").GetString().ShouldBe(code);
        created.GetProperty("format").GetString().ShouldBe("json");
        created.GetProperty("intervalHours").GetInt32().ShouldBe(6);
        created.GetProperty("defaultCategoryId").GetGuid().ShouldBe(category);
        created.GetProperty("running").GetBoolean().ShouldBeFalse();
        response.Headers.Location!.ToString().ShouldEndWith(created.GetProperty("id").GetGuid().ToString());
        var list = await op.GetFromJsonAsync<JsonElement>(PartnerImportsApi.Feeds + "?limit=200");
        list.GetProperty("items").EnumerateArray().ShouldContain(f => f.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Given_ATakenCode_When_AFeedIsCreated_Then_409()
    {
        var op = await app.OperatorClientAsync();
        var code = PartnerImportsApi.NewCode();
        await op.CreateFeedAsync(code);

        var response = await op.PostAsJsonAsync(PartnerImportsApi.Feeds, PartnerImportsApi.Body(code));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("code", "Upper")]
    [InlineData("code", "manual")]
    [InlineData("code", "x")]
    [InlineData("format", "xml")]
    [InlineData("url", "ftp://partner.example.com/feed.csv")]
    [InlineData("url", "not a url")]
    [InlineData("intervalHours", 0)]
    [InlineData("intervalHours", 169)]
    [InlineData("name", "")]
    public async Task Given_ABadField_When_AFeedIsCreated_Then_400NamesItAndNothingIsStored(string field, object value)
    {
        var op = await app.OperatorClientAsync();
        var code = PartnerImportsApi.NewCode();

        var response = await op.PostAsJsonAsync(PartnerImportsApi.Feeds, PartnerImportsApi.Body(code, b =>
        {
            b[field] = value;
            if (field == "code")
            {
                code = (string)value;
            }
        }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
        (await app.Services.QueryAsync<ShopDbContext, bool>(db => db.PartnerFeeds.AnyAsync(f => f.Code == code))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_AnUnknownDefaultCategory_When_AFeedIsCreated_Then_400NamesIt()
    {
        var op = await app.OperatorClientAsync();

        var response = await op.PostAsJsonAsync(PartnerImportsApi.Feeds, PartnerImportsApi.Body(PartnerImportsApi.NewCode(), b => b["defaultCategoryId"] = Guid.NewGuid()));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("defaultCategoryId");
    }

    [Fact]
    public async Task Given_AFeed_When_UpdatedThenDeleted_Then_TheChangesShowAndItIsGone()
    {
        var op = await app.OperatorClientAsync();
        var feed = await op.CreateFeedAsync(PartnerImportsApi.NewCode());
        var id = feed.GetProperty("id").GetGuid();

        var update = await op.PutAsJsonAsync($"{PartnerImportsApi.Feeds}/{id}", new { name = "Renamed", format = "json", url = "http://127.0.0.1:9/f.json", intervalHours = 12, enabled = true });
        update.StatusCode.ShouldBe(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        var updated = await update.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("name").GetString().ShouldBe("Renamed");
        updated.GetProperty("format").GetString().ShouldBe("json");
        updated.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        updated.GetProperty("code").GetString().ShouldBe(feed.GetProperty("code").GetString());

        var bad = await op.PutAsJsonAsync($"{PartnerImportsApi.Feeds}/{id}", new { name = "Renamed", format = "csv", url = "mailto:x@example.com", intervalHours = 12 });
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("url");

        (await op.DeleteAsync($"{PartnerImportsApi.Feeds}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await op.DeleteAsync($"{PartnerImportsApi.Feeds}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_AnUnknownFeedOrRun_When_Addressed_Then_404()
    {
        var op = await app.OperatorClientAsync();
        var unknown = Guid.NewGuid();

        await (await op.PutAsJsonAsync($"{PartnerImportsApi.Feeds}/{unknown}", new { name = "x", format = "csv", intervalHours = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.PostAsync($"{PartnerImportsApi.Feeds}/{unknown}/run", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.UploadAsync(unknown, PartnerImportsApi.Csv())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.GetAsync($"{PartnerImportsApi.Feeds}/{unknown}/runs")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.GetAsync(PartnerImportsApi.Run(unknown))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_AFeedWithoutUrl_When_RunNow_Then_400NamesUrl()
    {
        var op = await app.OperatorClientAsync();
        var feed = await op.CreateFeedAsync(PartnerImportsApi.NewCode());

        var response = await op.PostAsync($"{PartnerImportsApi.Feeds}/{feed.GetProperty("id").GetGuid()}/run", null);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("url");
    }

    [Fact]
    public async Task Given_AnUploadWithoutFileOrTooLarge_When_Sent_Then_400NamesFileOr413()
    {
        var op = await app.OperatorClientAsync();
        var id = (await op.CreateFeedAsync(PartnerImportsApi.NewCode())).GetProperty("id").GetGuid();

        var noFile = await op.PostAsync($"{PartnerImportsApi.Feeds}/{id}/upload", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        (await noFile.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("file");

        var large = await op.UploadAsync(id, PartnerImportsApi.Csv() + new string('x', PartnerImportsApp.MaxUploadBytes + 1));
        await large.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await app.RunsAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_AnAthlete_When_TheyCallTheOperatorsApi_Then_403()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var op = await app.OperatorClientAsync();
        var id = (await op.CreateFeedAsync(PartnerImportsApi.NewCode())).GetProperty("id").GetGuid();

        await (await athlete.GetAsync(PartnerImportsApi.Feeds)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PostAsJsonAsync(PartnerImportsApi.Feeds, PartnerImportsApi.Body(PartnerImportsApi.NewCode()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PutAsJsonAsync($"{PartnerImportsApi.Feeds}/{id}", new { name = "x", format = "csv", intervalHours = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.DeleteAsync($"{PartnerImportsApi.Feeds}/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PostAsync($"{PartnerImportsApi.Feeds}/{id}/run", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.UploadAsync(id, PartnerImportsApi.Csv())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.GetAsync($"{PartnerImportsApi.Feeds}/{id}/runs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.GetAsync(PartnerImportsApi.Run(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await app.RunsAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_NoToken_When_TheOperatorsApiIsCalled_Then_401()
    {
        var anonymous = app.CreateClient();
        var id = Guid.NewGuid();

        await (await anonymous.GetAsync(PartnerImportsApi.Feeds)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync(PartnerImportsApi.Feeds, PartnerImportsApi.Body(PartnerImportsApi.NewCode()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PutAsJsonAsync($"{PartnerImportsApi.Feeds}/{id}", new { name = "x" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.DeleteAsync($"{PartnerImportsApi.Feeds}/{id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync($"{PartnerImportsApi.Feeds}/{id}/run", null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.UploadAsync(id, PartnerImportsApi.Csv())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"{PartnerImportsApi.Feeds}/{id}/runs")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync(PartnerImportsApi.Run(id))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class PartnerFeedApiTests_Sqlite(PartnerImportsSqliteApp app) : PartnerFeedApiTests(app), IClassFixture<PartnerImportsSqliteApp>;

public sealed class PartnerFeedApiTests_Postgres(PartnerImportsPostgresApp app) : PartnerFeedApiTests(app), IClassFixture<PartnerImportsPostgresApp>;
