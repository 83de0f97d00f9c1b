using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed class ConnectionsPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_athlete_When_I_search_and_follow_them_Then_they_are_on_my_following_list()
    {
        var name = $"Findable {Guid.NewGuid().ToString("N")[..8]}";
        var (_, otherId) = await portal.ConfirmedAthleteAsync(name, followersOnly: false);
        var (me, myId) = await portal.ConfirmedAthleteAsync("Searching Runner", followersOnly: false);

        await OpenAsync(me, "/athletes");
        await me.FillAsync("#athletes-search-query", name.ToLowerInvariant());
        await me.ClickAsync("#athletes-search-submit");
        await Expect(me.Locator($"#athlete-result-{otherId}")).ToBeVisibleAsync();
        await me.ClickAsync($"#follow-{otherId}");
        await Expect(me.Locator($"#follow-{otherId}")).ToHaveTextAsync("Unfollow");

        await OpenAsync(me, $"/athletes/{myId}/following");
        await Expect(me.Locator($"#connection-{otherId}")).ToContainTextAsync(name);
    }

    [BrowserFact]
    public async Task Given_a_followers_only_athlete_When_they_accept_my_request_on_the_requests_page_Then_I_follow_them_and_see_their_profile()
    {
        var (owner, ownerId) = await portal.ConfirmedAthleteAsync("Private Skier", followersOnly: true);
        var (me, myId) = await portal.ConfirmedAthleteAsync("Curious Runner", followersOnly: false);

        await OpenAsync(me, $"/athletes/{ownerId}");
        await Expect(me.Locator("#athlete-limited")).ToBeVisibleAsync();
        await me.ClickAsync("#athlete-follow");
        await Expect(me.Locator("#athlete-follow")).ToHaveAttributeAsync("data-relation", "requested");

        await OpenAsync(owner, "/athletes/requests");
        await Expect(owner.Locator($"#request-{myId}")).ToContainTextAsync("Curious Runner");
        await owner.ClickAsync($"#request-accept-{myId}");
        await Expect(owner.Locator("#requests-incoming-empty")).ToBeVisibleAsync();

        await OpenAsync(me, $"/athletes/{ownerId}");
        await Expect(me.Locator("#athlete-follow")).ToHaveAttributeAsync("data-relation", "following");
        await Expect(me.Locator("#athlete-limited")).ToHaveCountAsync(0);
        await Expect(me.Locator("#athlete-followers-link")).ToHaveTextAsync("1 followers");
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator("section[data-ready='true']")).ToBeVisibleAsync();
    }
}
