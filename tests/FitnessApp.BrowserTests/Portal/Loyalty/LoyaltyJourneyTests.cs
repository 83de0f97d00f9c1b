using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.BrowserTests.Portal.Social;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Loyalty;

/// <summary>Issue 7's journey: record an activity, see points and an achievement, join a challenge, find myself on its leaderboard.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class LoyaltyJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_new_athlete_When_they_import_a_run_and_join_a_challenge_Then_points_an_achievement_and_their_leaderboard_row_appear()
    {
        var title = $"Journey 50 km {Guid.NewGuid():N}"[..24];
        var challengeId = await CreateChallengeAsync(title);

        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Loyal Runner", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        var me = await page.UserIdAsync();

        // A device's file through the import page: device activities earn points (typed-in ones only with a manual factor).
        await ImportRunAsync(page, "Journey import run");

        // Points arrive through the outbox: the points page is not live, so reload until they are there.
        var balance = page.Locator("#points-balance");
        var activityRow = page.Locator(".points-entry[data-reason='activity']");
        await ReloadUntilAsync(page, "/loyalty", page.Locator(".loyalty-points-page[data-interactive='true']"), activityRow);
        await Expect(balance).ToHaveTextAsync(PositiveNumber());
        await Expect(page.Locator("#points-empty")).ToHaveCountAsync(0);
        await Expect(activityRow).ToHaveCountAsync(1);
        await Expect(activityRow).ToContainTextAsync(new Regex(@"running [1-9][\d.]* km"));
        await Expect(activityRow.Locator(".points-credit")).ToHaveTextAsync(new Regex(@"^\+[1-9]"));

        var firstStep = page.Locator("#achievement-first-activity[data-status='earned']");
        await ReloadUntilAsync(page, "/loyalty/achievements", page.Locator(".achievements-page[data-interactive='true']"), firstStep);
        await Expect(firstStep.Locator(".achievement-name")).ToHaveTextAsync("First step");
        await Expect(firstStep.Locator(".achievement-earned")).ToContainTextAsync("Earned on");

        await page.GotoAsync("/loyalty/challenges");
        await Expect(page.Locator("#challenges[data-interactive='true']")).ToBeVisibleAsync();
        var card = page.Locator($"#challenge-{challengeId}");
        await Expect(card).ToHaveAttributeAsync("data-joined", "false");
        await Expect(card.Locator($"#challenge-link-{challengeId}")).ToHaveTextAsync(title);
        await card.Locator($"#challenge-join-{challengeId}").ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-joined", "true");
        await Expect(page.Locator("#challenges-error")).ToHaveCountAsync(0);

        await card.Locator($"#challenge-link-{challengeId}").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/loyalty/challenges/{challengeId}$"));
        await Expect(page.Locator("#challenge[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#challenge-title")).ToHaveTextAsync(title);
        await Expect(page.Locator("#challenge-status")).ToHaveAttributeAsync("data-status", "running");
        var mine = page.Locator($"#leaderboard-row-{me}");
        await Expect(mine).ToHaveClassAsync(new Regex("leaderboard-me"));
        await Expect(mine).ToContainTextAsync("Loyal Runner");
        await Expect(mine.Locator("td").Nth(2)).ToHaveTextAsync(PositiveKilometres());
        await Expect(page.Locator("#challenge-my-progress")).ToHaveTextAsync(PositiveKilometres());
        // The challenge was made for this test: its only participant ranks first.
        await Expect(mine).ToHaveAttributeAsync("data-rank", "1");
        await Expect(page.Locator("#challenge-my-rank")).ToHaveTextAsync("1");
        await Expect(page.Locator("#challenge-leave")).ToBeVisibleAsync();
    }

    /// <summary>A running distance challenge made through the operators' REST API, as an operator would.</summary>
    private async Task<Guid> CreateChallengeAsync(string title)
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email = PortalServer.AdminEmail, password = PortalServer.AdminPassword });
        login.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        var now = DateTimeOffset.UtcNow;
        var created = await client.PostAsJsonAsync("/api/v1/loyalty/admin/challenges", new
        {
            title,
            description = "The loyalty journey's challenge.",
            goal = "distance",
            goalValue = 50_000,
            sports = new[] { "running" },
            startsAt = now.AddDays(-2),
            endsAt = now.AddDays(5),
            finisherPoints = 25,
        });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var challenge = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return challenge.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task ImportRunAsync(IPage page, string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"loyalty-journey-{Guid.NewGuid():N}.gpx");
        await File.WriteAllTextAsync(file, Gpx(name));
        try
        {
            await page.GotoAsync("/devices/import");
            await Expect(page.Locator(".import-page")).ToHaveAttributeAsync("data-interactive", "true");
            await page.SetInputFilesAsync("#import-files", file);
            await Expect(page.Locator(".import-upload")).ToHaveAttributeAsync("data-status", "imported");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Opens <paramref name="path"/> until <paramref name="target"/> is there (or 30 s have passed; the caller's Expect then fails).</summary>
    private static async Task ReloadUntilAsync(IPage page, string path, ILocator ready, ILocator target)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await page.GotoAsync(path);
            await Expect(ready).ToBeVisibleAsync();
            if (await target.CountAsync() > 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(500);
        }

        await Expect(target.First).ToBeVisibleAsync();
    }

    /// <summary>A 5 km run due north at 10 km/h, one point every 10 s, finished an hour ago.</summary>
    private static string Gpx(string name)
    {
        const int intervals = 180;
        var start = DateTime.UtcNow.AddHours(-1).AddSeconds(-intervals * 10);
        var points = new StringBuilder();
        for (var i = 0; i <= intervals; i++)
        {
            var latitude = 47.0 + (i * (5000.0 / intervals) / 111_195.0);
            points.Append(CultureInfo.InvariantCulture, $"""<trkpt lat="{latitude:0.0000000}" lon="8.5"><ele>400</ele><time>{start.AddSeconds(i * 10):yyyy-MM-ddTHH:mm:ssZ}</time></trkpt>""");
        }

        return $"""<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="Browser test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>{name}</name><type>running</type><trkseg>{points}</trkseg></trk></gpx>""";
    }

    private static Regex PositiveNumber() => PositiveNumberPattern();

    private static Regex PositiveKilometres() => PositiveKilometresPattern();

    [GeneratedRegex(@"^[1-9][\d,]*$")]
    private static partial Regex PositiveNumberPattern();

    [GeneratedRegex(@"^(0\.[1-9]|[1-9][\d.,]*) km$")]
    private static partial Regex PositiveKilometresPattern();
}
