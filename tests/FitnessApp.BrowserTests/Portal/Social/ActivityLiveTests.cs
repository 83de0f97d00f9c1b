using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed class ActivityLiveTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_two_athletes_on_the_same_activity_page_When_one_comments_and_gives_kudos_Then_the_other_sees_both_without_reloading()
    {
        var (owner, ownerId) = await portal.ConfirmedAthleteAsync("Live Owner");
        var (fan, fanId) = await portal.ConfirmedAthleteAsync("Live Fan");
        await portal.FollowAsync(fanId, ownerId);
        var activityId = await portal.RecordRunAsync(ownerId, "Live loop", Visibility.Followers);
        await OpenAsync(owner, $"/feed/activities/{activityId}");
        await OpenAsync(fan, $"/feed/activities/{activityId}");
        await Expect(owner.Locator("#comments-empty")).ToBeVisibleAsync();
        await owner.EvaluateAsync("() => window.__notReloaded = true");

        await fan.FillAsync("#comment-text", "Great climb!");
        await fan.ClickAsync("#comment-submit");
        await fan.ClickAsync("#kudos-button");

        var comment = owner.Locator(".comment");
        await Expect(comment).ToHaveCountAsync(1);
        await Expect(comment.Locator(".comment-text")).ToHaveTextAsync("Great climb!");
        await Expect(comment.Locator(".comment-author")).ToHaveTextAsync("Live Fan");
        await Expect(owner.Locator("#comment-count")).ToHaveAttributeAsync("data-count", "1");
        await Expect(owner.Locator("#kudos-count")).ToHaveAttributeAsync("data-count", "1");
        (await owner.EvaluateAsync<bool>("() => window.__notReloaded === true")).ShouldBeTrue();

        await owner.FillAsync("#comment-text", "Thanks!");
        await owner.ClickAsync("#comment-submit");

        await Expect(fan.Locator(".comment .comment-text")).ToHaveTextAsync(["Great climb!", "Thanks!"]);
    }

    /// <summary>Opens a page and waits until its circuit is live (it subscribes to the activity's signal then).</summary>
    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator("#social-activity[data-interactive='true']")).ToBeVisibleAsync();
    }
}
