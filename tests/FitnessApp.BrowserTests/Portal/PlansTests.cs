using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed class PlansTests(PortalFixture portal)
{
    private const string FiveKilometrePlan = "019aa5a0-0000-7000-8000-000000000501";

    [BrowserFact]
    public async Task Given_an_athlete_When_they_enrol_in_the_5km_plan_Then_their_plan_and_the_calendar_show_the_planned_runs()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Plan Follower", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Plan Follower");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var firstRun = Enumerable.Range(0, 7).Select(today.AddDays)
            .First(d => d.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Saturday);

        await page.GotoAsync("/training/plans");
        await WaitUntilInteractiveAsync(page, "#plans-title");
        await Expect(page.Locator("#plans-none")).ToBeVisibleAsync();
        await page.ClickAsync($"#plan-template-{FiveKilometrePlan} .plan-show");
        await Expect(page.Locator("#plan-detail-weeks tbody tr")).ToHaveCountAsync(8);
        await page.FillAsync("#plan-start-date", today.ToString("yyyy-MM-dd"));
        await page.ClickAsync("#plan-enrol");

        await Expect(page.Locator("#current-plan-title")).ToContainTextAsync("5 km for beginners");
        await Expect(page.Locator("#plan-weeks tbody tr")).ToHaveCountAsync(8);
        await Expect(page.Locator("#plan-planned")).ToHaveTextAsync("24");
        await Expect(page.Locator("#plan-adherence")).ToHaveTextAsync("—");

        await page.GotoAsync($"/training/calendar?month={firstRun:yyyy-MM}");
        await WaitUntilInteractiveAsync(page, "#calendar-title");
        await Expect(page.Locator("#calendar-month")).ToHaveAttributeAsync("data-month", firstRun.ToString("yyyy-MM"));
        var day = page.Locator($".calendar-day[data-date='{firstRun:yyyy-MM-dd}'] .calendar-planned");
        await Expect(day).ToHaveCountAsync(1);
        await Expect(day).ToHaveAttributeAsync("data-status", "planned");
        await Expect(day).ToContainTextAsync("Running");

        await page.ClickAsync("#calendar-next");
        await Expect(page.Locator("#calendar-month")).ToHaveAttributeAsync("data-month", firstRun.AddMonths(1).ToString("yyyy-MM"));
        await Expect(page.Locator(".calendar-day:not(.out-of-month) .calendar-planned").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Given_an_enrolled_athlete_When_they_leave_the_plan_Then_the_catalogue_invites_them_to_pick_one_again()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Plan Leaver", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Plan Leaver");
        await page.GotoAsync("/training/plans");
        await WaitUntilInteractiveAsync(page, "#plans-title");
        await page.ClickAsync($"#plan-template-{FiveKilometrePlan} .plan-show");
        await page.ClickAsync("#plan-enrol");
        await Expect(page.Locator("#current-plan")).ToBeVisibleAsync();

        await page.ClickAsync("#plan-leave");
        await page.ClickAsync("#plan-leave-confirm");

        await Expect(page.Locator("#plans-none")).ToBeVisibleAsync();
        await Expect(page.Locator("#current-plan")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_the_operator_When_they_create_a_published_template_Then_athletes_find_it_in_the_catalogue()
    {
        var name = $"Browser plan {Guid.NewGuid():N}"[..24];
        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/ops/training/plans");
        await WaitUntilInteractiveAsync(page, "#ops-plans-title");

        await page.ClickAsync("#ops-plan-new");
        await page.FillAsync("#ops-plan-name-en", name);
        await page.FillAsync("#ops-plan-name-ru", name);
        await page.FillAsync("#ops-plan-description-en", "Browser-made plan");
        await page.FillAsync("#ops-plan-description-ru", "План из браузера");
        await page.FillAsync("#ops-plan-weeks", "1");
        await page.CheckAsync("#ops-plan-published");
        await page.ClickAsync("#ops-plan-save");

        await Expect(page.Locator("#ops-plans-message")).ToContainTextAsync(name);
        await Expect(page.Locator("#ops-plans tbody tr", new() { HasText = name })).ToHaveCountAsync(1);

        var athlete = await portal.NewPageAsync();
        await athlete.RegisterAsync("Catalogue Reader", PortalActions.NewEmail());
        await Expect(athlete.Locator("#user-display-name")).ToHaveTextAsync("Catalogue Reader");
        await athlete.GotoAsync("/training/plans");
        await WaitUntilInteractiveAsync(athlete, "#plans-title");
        await Expect(athlete.Locator("#plans-catalogue .plan-card", new() { HasText = name })).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task Given_an_athlete_When_they_open_the_operators_plan_templates_Then_access_is_refused()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Nosy Athlete", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Nosy Athlete");
        await Expect(page.Locator(".portal-nav a[href='/ops/training/plans']")).ToHaveCountAsync(0);

        await page.GotoAsync("/ops/training/plans");

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.Locator("#ops-plans-title")).ToHaveCountAsync(0);
    }

    /// <summary>The page was prerendered: clicks do nothing until its circuit is connected and it has loaded its data.</summary>
    private static Task WaitUntilInteractiveAsync(Microsoft.Playwright.IPage page, string title) =>
        Expect(page.Locator(title)).ToHaveAttributeAsync("data-interactive", "true");
}
