using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed class GearAndGoalsTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_new_shoes_with_a_20_km_threshold_When_a_19_km_run_is_recorded_with_them_Then_gear_warns_and_a_weekly_goal_shows_the_run()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Gear Tester", email);
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await page.GotoAsync("/training/gear");
        await Expect(page.Locator("#gear-empty")).ToBeVisibleAsync();
        await Expect(page.Locator(".gear-page")).ToHaveAttributeAsync("data-interactive", "true");
        await page.ClickAsync("#gear-add");
        await page.FillAsync("#gear-name", "Race shoes");
        await page.FillAsync("#gear-brand", "Saucony");
        await page.CheckAsync("#gear-sport-running");
        await page.FillAsync("#gear-threshold", "20");
        await page.ClickAsync("#gear-save");
        var item = page.Locator(".gear-item");
        await Expect(item).ToHaveCountAsync(1);
        var gearId = Guid.Parse((await item.GetAttributeAsync("data-gear-id"))!);
        await Expect(page.Locator($"#gear-distance-{gearId}")).ToHaveTextAsync(new Regex(@"0\.0 km of 20 km"));

        await RecordRunAsync(email, gearId, distanceMeters: 19_000);

        await page.GotoAsync("/training/gear");
        await Expect(page.Locator($"#gear-distance-{gearId}")).ToHaveTextAsync(new Regex(@"19\.0 km of 20 km"));
        await Expect(page.Locator($"#gear-warning-{gearId}")).ToHaveTextAsync(new Regex("Nearly worn out"));
        await Expect(item).ToHaveAttributeAsync("data-warning", "nearRetirement");

        await page.GotoAsync("/training/goals");
        await Expect(page.Locator("#goals-empty")).ToBeVisibleAsync();
        await Expect(page.Locator(".goals-page")).ToHaveAttributeAsync("data-interactive", "true");
        await page.ClickAsync("#goal-add");
        await page.FillAsync("#goal-target", "40");
        await page.FillAsync("#goal-title-input", "40 k a week");
        await page.ClickAsync("#goal-save");
        var goal = page.Locator(".goal-item");
        await Expect(goal).ToHaveCountAsync(1);
        var goalId = (await goal.GetAttributeAsync("data-goal-id"))!;
        await Expect(page.Locator($"#goal-name-{goalId}")).ToHaveTextAsync("40 k a week");
        await Expect(page.Locator($"#goal-progress-{goalId}")).ToHaveTextAsync(new Regex(@"19\.0 km of 40\.0 km"));
        await Expect(page.Locator($"#goal-percent-{goalId}")).ToHaveTextAsync(new Regex(@"47\.5 %"));
    }

    [BrowserFact]
    public async Task Given_shoes_When_a_run_is_entered_with_them_and_later_edited_to_no_gear_Then_the_shoes_distance_follows()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Shoe Picker", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await page.GotoAsync("/training/gear");
        await Expect(page.Locator(".gear-page")).ToHaveAttributeAsync("data-interactive", "true");
        await page.ClickAsync("#gear-add");
        await page.FillAsync("#gear-name", "Daily trainers");
        await page.ClickAsync("#gear-save");
        var gearId = Guid.Parse((await page.Locator(".gear-item").GetAttributeAsync("data-gear-id"))!);

        await page.GotoAsync("/training/activities/new");
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        await page.FillAsync("#activity-title", "Run in the trainers");
        await page.FillAsync("#activity-elapsed", "40");
        await page.FillAsync("#activity-distance", "8");
        await page.SelectOptionAsync("#activity-gear", gearId.ToString());
        await page.ClickAsync("#activity-submit");
        await Expect(page).ToHaveURLAsync(new Regex("/training/activities/[0-9a-f-]{36}$"));
        var detail = page.Url;

        await page.GotoAsync("/training/gear");
        await Expect(page.Locator($"#gear-distance-{gearId}")).ToHaveTextAsync(new Regex(@"^8\.0 km"));

        await page.GotoAsync(detail + "/edit");
        await Expect(page.Locator("[data-interactive='true'] #edit-submit")).ToBeVisibleAsync();
        await Expect(page.Locator("#edit-gear")).ToHaveValueAsync(gearId.ToString());
        await page.SelectOptionAsync("#edit-gear", "");
        await page.ClickAsync("#edit-submit");
        await Expect(page).ToHaveURLAsync(detail);

        await page.GotoAsync("/training/gear");
        await Expect(page.Locator($"#gear-distance-{gearId}")).ToHaveTextAsync(new Regex(@"^0\.0 km"));
    }

    /// <summary>Records a run through the API as the athlete, in the current ISO week (UTC, the athlete's zone).</summary>
    private async Task RecordRunAsync(string email, Guid gearId, double distanceMeters)
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = PortalActions.AthletePassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var now = DateTimeOffset.UtcNow;
        var today = new DateTimeOffset(now.Date, TimeSpan.Zero);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var response = await client.PostAsJsonAsync("/api/v1/training/activities", new
        {
            sport = "running",
            title = "Long run",
            startTime = weekStart + (now - weekStart) / 2,
            timeZone = "UTC",
            elapsedSeconds = 6000,
            distanceMeters,
            gearId,
        });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private sealed record TokenResponse(string AccessToken);
}
