using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Loyalty.Earning;

/// <summary>Operators edit the earning rules and campaigns; athletes and strangers cannot; nonsense and overlaps are refused.</summary>
public abstract class EarningAdminTests(EarningApp app)
{
    [Fact]
    public async Task Given_an_athlete_or_nobody_When_calling_the_operators_endpoints_Then_403_or_401()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var anonymous = app.CreateClient();
        var id = Guid.NewGuid();
        var rule = new { sport = "yoga", pointsPerKm = 0, pointsPerMinute = 2, pointsPerWorkout = 5 };

        foreach (var client in new[] { athlete, anonymous })
        {
            var expected = client == athlete ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized;
            (await client.GetAsync(EarningApi.Rules)).StatusCode.ShouldBe(expected);
            (await client.PostAsJsonAsync(EarningApi.Rules, rule)).StatusCode.ShouldBe(expected);
            (await client.PutAsJsonAsync($"{EarningApi.Rules}/{id}", rule)).StatusCode.ShouldBe(expected);
            (await client.DeleteAsync($"{EarningApi.Rules}/{id}")).StatusCode.ShouldBe(expected);
            (await client.GetAsync(EarningApi.Campaigns)).StatusCode.ShouldBe(expected);
            (await client.PostAsync($"{EarningApi.Campaigns}/{id}/end", null)).StatusCode.ShouldBe(expected);
            (await client.DeleteAsync($"{EarningApi.Campaigns}/{id}")).StatusCode.ShouldBe(expected);
        }

        (await anonymous.GetAsync(EarningApi.Referral)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_the_product_defaults_When_an_operator_lists_the_rules_Then_running_cycling_every_sport_and_the_caps()
    {
        var operatorClient = await app.OperatorClientAsync();

        var body = await (await operatorClient.GetAsync(EarningApi.Rules)).JsonAsync();

        var rules = body.GetProperty("rules").EnumerateArray().ToList();
        rules.Single(r => r.GetProperty("sport").GetString() == "running").GetProperty("pointsPerKm").GetDouble().ShouldBe(10);
        rules.Single(r => r.GetProperty("sport").GetString() == "cycling").GetProperty("pointsPerKm").GetDouble().ShouldBe(3);
        var every = rules.Single(r => r.GetProperty("sport").ValueKind == JsonValueKind.Null);
        every.GetProperty("pointsPerMinute").GetDouble().ShouldBe(1);
        every.GetProperty("pointsPerWorkout").GetInt32().ShouldBe(20);
        var settings = body.GetProperty("settings");
        settings.GetProperty("dailyCap").GetInt32().ShouldBe(500);
        settings.GetProperty("weeklyCap").GetInt32().ShouldBe(2000);
        settings.GetProperty("manualFactor").GetDouble().ShouldBe(0);
    }

    [Fact]
    public async Task Given_an_operator_When_a_rule_is_created_changed_and_deleted_Then_each_step_shows_and_a_second_rule_for_the_sport_is_409()
    {
        var operatorClient = await app.OperatorClientAsync();

        var created = await operatorClient.PostAsJsonAsync(EarningApi.Rules, new { sport = "yoga", pointsPerKm = 0, pointsPerMinute = 2, pointsPerWorkout = 5 });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.JsonAsync()).IdOf();
        await (await operatorClient.PostAsJsonAsync(EarningApi.Rules, new { sport = "yoga", pointsPerKm = 0, pointsPerMinute = 1, pointsPerWorkout = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var updated = await (await operatorClient.PutAsJsonAsync($"{EarningApi.Rules}/{id}", new { sport = "yoga", pointsPerKm = 0, pointsPerMinute = 1.5, pointsPerWorkout = 10 })).JsonAsync();
        updated.GetProperty("pointsPerMinute").GetDouble().ShouldBe(1.5);

        (await operatorClient.DeleteAsync($"{EarningApi.Rules}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await operatorClient.DeleteAsync($"{EarningApi.Rules}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.Services.QueryAsync<LoyaltyDbContext, bool>(db => db.EarningRules.AnyAsync(r => r.Id == id))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("""{"sport":"running","pointsPerKm":-1,"pointsPerMinute":0,"pointsPerWorkout":20}""", "pointsPerKm")]
    [InlineData("""{"sport":"running","pointsPerKm":10,"pointsPerMinute":0,"pointsPerWorkout":-5}""", "pointsPerWorkout")]
    [InlineData("""{"sport":"curling","pointsPerKm":10,"pointsPerMinute":0,"pointsPerWorkout":20}""", "sport")]
    public async Task Given_a_bad_rule_When_created_Then_400_naming_the_field_and_nothing_stored(string json, string field)
    {
        var operatorClient = await app.OperatorClientAsync();
        var before = await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.EarningRules.CountAsync());

        var problem = await (await operatorClient.PostAsync(EarningApi.Rules, new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldContain(field);
        (await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.EarningRules.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Given_negative_caps_or_a_factor_above_one_When_settings_are_saved_Then_400_naming_each_field()
    {
        var operatorClient = await app.OperatorClientAsync();

        var problem = await (await operatorClient.PutAsJsonAsync(EarningApi.Settings, new
        {
            dailyCap = -1, weeklyCap = -2, manualFactor = 1.5, firstActivityOfWeekBonus = 25, streakDays = 7, streakBonus = 50, referralBonus = 100,
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["dailyCap", "weeklyCap", "manualFactor"], ignoreOrder: true);
        var settings = (await (await operatorClient.GetAsync(EarningApi.Rules)).JsonAsync()).GetProperty("settings");
        settings.GetProperty("dailyCap").GetInt32().ShouldBe(500);
    }

    [Theory]
    [InlineData(0.0, 1, "multiplier")]
    [InlineData(-2.0, 1, "multiplier")]
    [InlineData(10.5, 1, "multiplier")]
    [InlineData(2.0, 0, "endsAt")]
    [InlineData(2.0, -3, "endsAt")]
    public async Task Given_absurd_campaign_values_When_created_Then_400_naming_the_field_and_nothing_stored(double multiplier, int days, string field)
    {
        var operatorClient = await app.OperatorClientAsync();
        var name = $"Bad {Guid.NewGuid():N}";
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var problem = await (await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name, sport = "cycling", multiplier, startsAt = start, endsAt = start.AddDays(days) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldContain(field);
        (await app.Services.QueryAsync<LoyaltyDbContext, bool>(db => db.BonusCampaigns.AnyAsync(c => c.Name == name))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_running_campaign_When_another_for_running_or_every_sport_overlaps_Then_409_naming_it_while_cycling_is_fine()
    {
        var operatorClient = await app.OperatorClientAsync();
        var start = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name = "May running", sport = "running", multiplier = 2.0, startsAt = start, endsAt = start.AddDays(10) });
        first.StatusCode.ShouldBe(HttpStatusCode.Created);

        var sameSport = await (await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name = "Late May running", sport = "running", multiplier = 1.5, startsAt = start.AddDays(9), endsAt = start.AddDays(20) }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var everySport = await (await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name = "Everything", sport = (string?)null, multiplier = 1.5, startsAt = start.AddDays(-5), endsAt = start.AddDays(1) }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var cycling = await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name = "May cycling", sport = "cycling", multiplier = 3.0, startsAt = start, endsAt = start.AddDays(10) });
        var after = await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name = "June running", sport = "running", multiplier = 2.0, startsAt = start.AddDays(10), endsAt = start.AddDays(20) });

        sameSport.GetProperty("detail").GetString()!.ShouldContain("May running");
        everySport.GetProperty("conflictingCampaignName").GetString().ShouldBe("May running");
        cycling.StatusCode.ShouldBe(HttpStatusCode.Created);
        after.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.BonusCampaigns.CountAsync(c => c.Name == "Late May running" || c.Name == "Everything"))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_an_active_campaign_When_the_operator_ends_it_early_Then_it_ends_now_and_is_listed_as_ended()
    {
        var operatorClient = await app.OperatorClientAsync();
        var now = DateTime.UtcNow;
        var created = await (await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name = "Now rowing", sport = "rowing", multiplier = 2.0, startsAt = now.AddDays(-1), endsAt = now.AddDays(5) })).JsonAsync();
        created.GetProperty("status").GetString().ShouldBe("active");

        var ended = await (await operatorClient.PostAsync($"{EarningApi.Campaigns}/{created.IdOf()}/end", null)).JsonAsync();

        ended.GetProperty("status").GetString().ShouldBe("ended");
        ended.GetProperty("endsAt").GetDateTime().ShouldBeLessThan(now.AddDays(1));
        var listed = (await (await operatorClient.GetAsync(EarningApi.Campaigns)).JsonAsync()).EnumerateArray().Single(c => c.IdOf() == created.IdOf());
        listed.GetProperty("status").GetString().ShouldBe("ended");
        await (await operatorClient.PostAsync($"{EarningApi.Campaigns}/{created.IdOf()}/end", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await operatorClient.DeleteAsync($"{EarningApi.Campaigns}/{created.IdOf()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}

public sealed class EarningAdminTests_Sqlite(EarningSqliteApp app) : EarningAdminTests(app), IClassFixture<EarningSqliteApp>;

public sealed class EarningAdminTests_Postgres(EarningPostgresApp app) : EarningAdminTests(app), IClassFixture<EarningPostgresApp>;
