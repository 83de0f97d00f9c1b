using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed class ActivityPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_follower_on_a_followers_only_activity_When_giving_kudos_and_commenting_Then_the_count_is_1_and_the_comment_appears()
    {
        var owner = await portal.NewPageAsync();
        await RegisterAsync(owner, "Alina Owner");
        var ownerId = await owner.UserIdAsync();
        var fan = await portal.NewPageAsync();
        await RegisterAsync(fan, "Boris Follower");
        var fanId = await fan.UserIdAsync();
        await portal.FollowAsync(fanId, ownerId);
        var activityId = await portal.RecordRunAsync(ownerId, "Morning loop", Visibility.Followers);

        await OpenAsync(fan, $"/feed/activities/{activityId}");
        await Expect(fan.Locator("#activity-title")).ToHaveTextAsync("Morning loop");
        await Expect(fan.Locator("#activity-athlete")).ToContainTextAsync("Alina Owner");
        await Expect(fan.Locator("#activity-route polyline")).ToHaveCountAsync(1);
        await Expect(fan.Locator("#activity-training-link")).ToHaveCountAsync(0);
        await Expect(fan.Locator("#kudos-count")).ToHaveAttributeAsync("data-count", "0");

        await fan.ClickAsync("#kudos-button");
        await Expect(fan.Locator("#kudos-count")).ToHaveAttributeAsync("data-count", "1");
        await Expect(fan.Locator("#kudos-button")).ToHaveAttributeAsync("aria-pressed", "true");

        await fan.FillAsync("#comment-text", "Lovely pace, @Alina Owner!");
        await fan.ClickAsync("#comment-submit");
        var comment = fan.Locator(".comment");
        await Expect(comment).ToHaveCountAsync(1);
        await Expect(comment.Locator(".comment-text")).ToHaveTextAsync("Lovely pace, @Alina Owner!");
        await Expect(comment.Locator(".comment-text a.mention")).ToHaveAttributeAsync("href", $"/athletes/{ownerId}");
        await Expect(fan.Locator("#comment-text")).ToHaveValueAsync(string.Empty);

        await OpenAsync(owner, $"/feed/activities/{activityId}");
        await Expect(owner.Locator("#kudos-count")).ToHaveAttributeAsync("data-count", "1");
        await Expect(owner.Locator(".comment .comment-author")).ToHaveTextAsync("Boris Follower");
        await Expect(owner.Locator("#activity-training-link")).ToHaveAttributeAsync("href", $"/training/activities/{activityId}");
        await Expect(owner.Locator("#kudos-button")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_a_followers_only_activity_When_a_stranger_opens_it_Then_the_not_found_message_shows()
    {
        var owner = await portal.NewPageAsync();
        await RegisterAsync(owner, "Hidden Owner");
        var activityId = await portal.RecordRunAsync(await owner.UserIdAsync(), "Morning loop", Visibility.Followers);
        var stranger = await portal.NewPageAsync();
        await RegisterAsync(stranger, "Curious Stranger");

        await stranger.GotoAsync($"/feed/activities/{activityId}");

        await Expect(stranger.Locator("#activity-not-found")).ToBeVisibleAsync();
        await Expect(stranger.Locator("#kudos-button")).ToHaveCountAsync(0);
    }

    private static async Task RegisterAsync(IPage page, string name)
    {
        await page.RegisterAsync(name, PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync(name);
    }

    /// <summary>Opens a page and waits until its circuit is live (prerendered buttons do nothing before).</summary>
    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator("#social-activity[data-interactive='true']")).ToBeVisibleAsync();
    }
}
