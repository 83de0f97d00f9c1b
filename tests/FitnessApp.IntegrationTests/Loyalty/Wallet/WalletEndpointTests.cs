using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Loyalty.Wallet;

/// <summary>GET balance, ledger and level: the caller's own points only.</summary>
public abstract class WalletEndpointTests(WalletApp app)
{
    [Fact]
    public async Task Given_no_token_When_the_wallet_is_read_Then_401()
    {
        var anonymous = app.CreateClient();

        foreach (var url in new[] { WalletApi.Balance, WalletApi.Ledger, WalletApi.Level, WalletApi.AdminLevels })
        {
            await (await anonymous.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await anonymous.PutLevelsAsync(new { minimumPoints = 0, nameEn = "A", nameRu = "А" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_new_athlete_When_the_wallet_is_read_Then_everything_is_zero_at_level_1()
    {
        var athlete = await app.WalletAthleteAsync();

        var balance = await athlete.Client.OkAsync(WalletApi.Balance);
        balance.GetProperty("balance").GetInt32().ShouldBe(0);
        balance.GetProperty("reserved").GetInt32().ShouldBe(0);
        balance.GetProperty("available").GetInt32().ShouldBe(0);
        balance.GetProperty("lifetimePoints").GetInt32().ShouldBe(0);
        balance.GetProperty("level").GetInt32().ShouldBe(1);
        balance.GetProperty("levelName").GetString().ShouldBe("Rookie");
        balance.GetProperty("nextLevelPoints").GetInt32().ShouldBe(250);
        balance.GetProperty("expiringPoints").GetInt32().ShouldBe(0);
        balance.GetProperty("expiringOn").ValueKind.ShouldBe(JsonValueKind.Null);

        var ledger = await athlete.Client.OkAsync(WalletApi.Ledger);
        ledger.GetProperty("items").GetArrayLength().ShouldBe(0);
        ledger.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_credits_When_the_balance_is_read_Then_it_is_the_ledger_sum_with_the_level_in_the_request_language()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 200);
        await app.CreditAsync(athlete.Id, 150);

        var balance = await athlete.Client.OkAsync(WalletApi.Balance);
        balance.GetProperty("balance").GetInt32().ShouldBe(350);
        balance.GetProperty("available").GetInt32().ShouldBe(350);
        balance.GetProperty("lifetimePoints").GetInt32().ShouldBe(350);
        balance.GetProperty("level").GetInt32().ShouldBe(2);
        balance.GetProperty("levelName").GetString().ShouldBe("Mover");
        balance.GetProperty("nextLevelPoints").GetInt32().ShouldBe(750);

        using var request = new HttpRequestMessage(HttpMethod.Get, WalletApi.Balance);
        request.Headers.AcceptLanguage.ParseAdd("ru-RU");
        var russian = JsonDocument.Parse(await (await athlete.Client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        russian.GetProperty("levelName").GetString().ShouldBe("В движении");
    }

    [Fact]
    public async Task Given_points_earned_almost_a_year_ago_When_the_balance_is_read_Then_they_show_as_expiring_with_the_day()
    {
        var athlete = await app.WalletAthleteAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.CreditAsync(athlete.Id, 40, now.AddDays(-350));
        await app.CreditAsync(athlete.Id, 60, now.AddDays(-10));

        var balance = await athlete.Client.OkAsync(WalletApi.Balance);

        balance.GetProperty("balance").GetInt32().ShouldBe(100);
        balance.GetProperty("expiringPoints").GetInt32().ShouldBe(40);
        balance.GetProperty("expiringOn").GetString().ShouldBe(DateOnly.FromDateTime(now.AddDays(15)).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Given_five_entries_When_the_ledger_is_paged_by_two_Then_newest_first_without_gaps_or_repeats()
    {
        var athlete = await app.WalletAthleteAsync();
        var start = app.Clock.GetUtcNow().UtcDateTime.AddHours(-5);
        for (var i = 1; i <= 5; i++)
        {
            await app.CreditAsync(athlete.Id, i * 10, start.AddMinutes(i));
        }

        var seen = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await athlete.Client.OkAsync($"{WalletApi.Ledger}?limit=2" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            seen.AddRange(items.Select(i => i.GetProperty("points").GetInt32()));
            items.ShouldAllBe(i => i.GetProperty("reason").GetString() == "activity" && i.GetProperty("source").GetString() == "Training");
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        seen.ShouldBe([50, 40, 30, 20, 10]);
        pages.ShouldBe(3);
    }

    [Fact]
    public async Task Given_another_athletes_points_When_the_ledger_is_read_Then_only_the_callers_entries_are_listed()
    {
        var owner = await app.WalletAthleteAsync();
        var other = await app.WalletAthleteAsync();
        await app.CreditAsync(owner.Id, 500);

        (await other.Client.OkAsync(WalletApi.Ledger)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await other.Client.OkAsync(WalletApi.Balance)).GetProperty("balance").GetInt32().ShouldBe(0);
        var page = await owner.Client.OkAsync($"{WalletApi.Ledger}?limit=1");
        var cursor = page.GetProperty("nextCursor").GetString();
        cursor.ShouldBeNull();
        var entry = page.GetProperty("items")[0];
        entry.GetProperty("points").GetInt32().ShouldBe(500);
        entry.GetProperty("note").GetString().ShouldBe("500 test points");
        entry.GetProperty("subject").GetString()!.ShouldStartWith("activity:");
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Given_bad_paging_When_the_ledger_is_read_Then_400_naming_the_field(string query, string field)
    {
        var athlete = await app.WalletAthleteAsync();

        var response = await athlete.Client.GetAsync($"{WalletApi.Ledger}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_points_between_two_levels_When_the_level_is_read_Then_current_next_progress_and_all_levels()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 500);

        var level = await athlete.Client.OkAsync(WalletApi.Level);

        level.GetProperty("current").GetProperty("number").GetInt32().ShouldBe(2);
        level.GetProperty("current").GetProperty("name").GetString().ShouldBe("Mover");
        level.GetProperty("next").GetProperty("number").GetInt32().ShouldBe(3);
        level.GetProperty("next").GetProperty("minimumPoints").GetInt32().ShouldBe(750);
        level.GetProperty("lifetimePoints").GetInt32().ShouldBe(500);
        level.GetProperty("progress").GetDouble().ShouldBe(0.5);
        level.GetProperty("levels").GetArrayLength().ShouldBe(7);
    }

    [Fact]
    public async Task Given_an_athlete_When_the_admin_levels_are_read_or_replaced_Then_403()
    {
        var athlete = await app.WalletAthleteAsync();

        await (await athlete.Client.GetAsync(WalletApi.AdminLevels)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.Client.PutLevelsAsync(new { minimumPoints = 0, nameEn = "A", nameRu = "А" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_the_migrated_database_When_an_operator_reads_the_levels_Then_the_seven_default_levels_exist()
    {
        var operatorClient = await app.WalletOperatorAsync();

        var levels = (await operatorClient.OkAsync(WalletApi.AdminLevels)).EnumerateArray().ToList();

        levels.Select(l => l.GetProperty("minimumPoints").GetInt32()).ShouldBe([0, 250, 750, 2000, 5000, 12000, 30000]);
        levels.Select(l => l.GetProperty("nameEn").GetString()).ShouldBe(["Rookie", "Mover", "Regular", "Committed", "Athlete", "Champion", "Legend"]);
        levels[0].GetProperty("nameRu").GetString().ShouldBe("Новичок");
    }
}

public sealed class WalletEndpointTests_Sqlite(WalletSqliteApp app) : WalletEndpointTests(app), IClassFixture<WalletSqliteApp>;

public sealed class WalletEndpointTests_Postgres(WalletPostgresApp app) : WalletEndpointTests(app), IClassFixture<WalletPostgresApp>;
