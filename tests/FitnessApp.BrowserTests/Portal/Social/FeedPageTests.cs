using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed class FeedPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_B_follows_A_with_the_feed_open_When_A_records_an_activity_Then_it_appears_on_Bs_page_without_reload()
    {
        var author = await portal.NewPageAsync();
        await author.RegisterAsync("Feed Author", PortalActions.NewEmail());
        await Expect(author.Locator("#user-display-name")).ToHaveTextAsync("Feed Author");
        var authorId = await author.UserIdAsync();
        var reader = await portal.NewPageAsync();
        await reader.RegisterAsync("Feed Reader", PortalActions.NewEmail());
        await Expect(reader.Locator("#user-display-name")).ToHaveTextAsync("Feed Reader");
        await portal.FollowAsync(await reader.UserIdAsync(), authorId);

        await reader.GotoAsync("/feed");
        await Expect(reader.Locator("#feed[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(reader.Locator("#feed-empty")).ToBeVisibleAsync();
        await Expect(reader.Locator("#feed-find-athletes")).ToHaveAttributeAsync("href", "/athletes");

        var activityId = await portal.RecordRunAsync(authorId, "Canal sunrise run");

        var item = reader.Locator($"[data-activity='{activityId}']");
        await Expect(item).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(item.Locator(".feed-activity-link")).ToHaveTextAsync("Canal sunrise run");
        await Expect(item.Locator(".feed-activity-link")).ToHaveAttributeAsync("href", $"/feed/activities/{activityId}");
        await Expect(item.Locator(".feed-athlete")).ToHaveTextAsync("Feed Author");
        await Expect(item.Locator(".feed-athlete")).ToHaveAttributeAsync("href", $"/athletes/{authorId}");
        await Expect(item.Locator(".feed-sport")).ToHaveTextAsync("Running");
        await Expect(item.Locator("[data-field='distance']")).ToHaveTextAsync("5.00 km");
        await Expect(item.Locator("[data-field='moving']")).ToHaveTextAsync("25:00");
        await Expect(item.Locator("[data-field='pace']")).ToHaveTextAsync("5:00 /km");
        await Expect(item.Locator("svg.feed-route polyline")).ToHaveCountAsync(1);
        // The run also earns achievements whose posts arrive on their own schedule; every card on the page
        // arrived live, so the counter must settle on the number of cards, whatever that number is.
        await reader.WaitForFunctionAsync(
            "() => { const n = document.querySelectorAll('#feed-items .feed-item').length;" +
            " return n > 0 && document.querySelector('#feed-new')?.textContent === n + ' new'; }",
            null,
            new() { Timeout = 20_000 });
        await Expect(reader.Locator("#feed-empty")).ToHaveCountAsync(0);
    }
}
