using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.BrowserTests.Portal.Social;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Loyalty;

[Collection(PortalCollection.Name)]
public sealed class AchievementsGalleryTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_first_run_recorded_When_the_gallery_opens_Then_first_step_is_earned_with_its_badge_and_others_show_progress_or_a_lock()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Badge Collector", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Badge Collector");
        await portal.RecordRunAsync(await page.UserIdAsync(), "First gallery run");

        var earned = page.Locator("#achievement-first-activity[data-status='earned']");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            // The award arrives through the outbox: reload until it is there.
            await page.GotoAsync("/loyalty/achievements");
            await Expect(page.Locator(".achievements-page[data-interactive='true']")).ToBeVisibleAsync();
            if (await earned.CountAsync() > 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(500);
        }

        await Expect(earned).ToBeVisibleAsync();
        await Expect(earned.Locator(".achievement-name")).ToHaveTextAsync("First step");
        await Expect(earned.Locator(".achievement-earned")).ToContainTextAsync("Earned on");
        await Expect(earned.Locator("img")).ToHaveAttributeAsync("src", "/api/v1/loyalty/badges/first-activity.svg");
        (await earned.Locator("img").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
        await Expect(page.Locator("#achievement-run-100k[data-status='inProgress'] .achievement-progress")).ToBeVisibleAsync();
        (await page.Locator(".achievement[data-status='locked']").CountAsync()).ShouldBeGreaterThan(0);
    }
}
