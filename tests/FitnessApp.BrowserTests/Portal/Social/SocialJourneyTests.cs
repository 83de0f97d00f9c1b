using System.Globalization;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

/// <summary>Issue 6's journey: follow an athlete, their new activity appears in the feed, kudos and a comment, the owner is told live.</summary>
[Collection(PortalCollection.Name)]
public sealed class SocialJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_B_finds_and_follows_A_When_A_records_a_run_and_B_cheers_and_comments_from_the_feed_Then_As_open_bell_counts_each_live()
    {
        var name = $"Journey Owner {Guid.NewGuid().ToString("N")[..6]}";
        var (owner, ownerId) = await portal.ConfirmedAthleteAsync(name);
        await Expect(owner.Locator("#notification-bell")).ToHaveAttributeAsync("data-live", "true");
        await Expect(owner.Locator("#notification-bell-count")).ToHaveCountAsync(0);
        var (fan, _) = await portal.ConfirmedAthleteAsync("Journey Fan");

        await fan.GotoAsync("/athletes");
        await Expect(fan.Locator("section[data-ready='true']")).ToBeVisibleAsync();
        await fan.FillAsync("#athletes-search-query", name);
        await fan.ClickAsync("#athletes-search-submit");
        await fan.ClickAsync($"#follow-{ownerId}");
        await Expect(fan.Locator($"#follow-{ownerId}")).ToHaveTextAsync("Unfollow");
        await Expect(owner.Locator("#notification-bell-count")).ToHaveTextAsync("1");

        await fan.GotoAsync("/feed");
        await Expect(fan.Locator("#feed[data-interactive='true']")).ToBeVisibleAsync();
        var activityId = await portal.RecordRunAsync(ownerId, "Riverside tempo");
        var item = fan.Locator($".feed-item[data-activity='{activityId}']");
        await Expect(item).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // The run also earns A achievements in Loyalty, each a notification of its own: count on from where they settle.
        var bell = owner.Locator("#notification-bell-count");
        var settled = await SocialActions.SettledCountAsync(bell, atLeast: 2);

        await item.Locator(".feed-activity-link").ClickAsync();
        await Expect(fan).ToHaveURLAsync(new Regex($"/feed/activities/{activityId}$"));
        await Expect(fan.Locator("#social-activity[data-interactive='true']")).ToBeVisibleAsync();
        await fan.ClickAsync("#kudos-button");
        await Expect(fan.Locator("#kudos-count")).ToHaveAttributeAsync("data-count", "1");
        await fan.FillAsync("#comment-text", "Strong finish!");
        await fan.ClickAsync("#comment-submit");
        await Expect(fan.Locator(".comment .comment-text")).ToHaveTextAsync("Strong finish!");

        await Expect(bell).ToHaveTextAsync((settled + 2).ToString(CultureInfo.InvariantCulture));
        await owner.ClickAsync("#notification-bell-button");
        var popup = owner.Locator("#notification-bell-popup");
        await Expect(popup).ToContainTextAsync("Journey Fan gave you kudos");
        await Expect(popup).ToContainTextAsync("Journey Fan commented on your activity");
        // The popup shows the latest few; the follow, older than the achievements, is on the full list.
        await owner.GotoAsync("/notifications");
        await Expect(owner.Locator("main")).ToContainTextAsync("Journey Fan started following you");
    }
}
