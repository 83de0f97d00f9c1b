using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed partial class GroupsPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_new_group_When_another_athlete_joins_and_answers_its_event_Then_they_are_a_member_and_listed_as_going()
    {
        var owner = await portal.NewPageAsync();
        await owner.RegisterAsync("Group Founder", PortalActions.NewEmail());
        await Expect(owner).ToHaveURLAsync(new Regex("/home$"));
        var name = $"Dawn Patrol {Guid.NewGuid():N}"[..24];

        await owner.GotoAsync("/groups");
        await Expect(owner.Locator(".groups-page")).ToHaveAttributeAsync("data-interactive", "true");
        await owner.FillAsync("#group-create-name", name);
        await owner.SelectOptionAsync("#group-create-sport", "running");
        await owner.FillAsync("#group-create-city", "Berlin");
        await owner.ClickAsync("#group-create-submit");

        await Expect(owner).ToHaveURLAsync(GroupUrl());
        var groupUrl = new Uri(owner.Url).AbsolutePath;
        await Expect(owner.Locator("#group-name")).ToHaveTextAsync(name);
        await Expect(owner.Locator("#group-my-state")).ToHaveAttributeAsync("data-role", "owner");
        await Expect(owner.Locator(".group-page")).ToHaveAttributeAsync("data-interactive", "true");
        await owner.FillAsync("#event-create-title", "Sunrise tempo");
        await owner.FillAsync("#event-create-place", "Park gate");
        await owner.ClickAsync("#event-create-submit");
        await Expect(owner.Locator(".group-event")).ToHaveCountAsync(1);
        await Expect(owner.Locator(".group-feed-item[data-kind='groupPost']")).ToHaveCountAsync(1);

        var athlete = await portal.NewPageAsync();
        await athlete.RegisterAsync("Group Joiner", PortalActions.NewEmail());
        await Expect(athlete).ToHaveURLAsync(new Regex("/home$"));
        await athlete.GotoAsync("/groups");
        await Expect(athlete.Locator(".groups-page")).ToHaveAttributeAsync("data-interactive", "true");
        await athlete.FillAsync("#groups-search", name);
        await athlete.ClickAsync("#groups-search-submit");
        var found = athlete.Locator("#groups-discover .group-link", new() { HasText = name });
        await Expect(found).ToBeVisibleAsync();
        await found.ClickAsync();

        await Expect(athlete).ToHaveURLAsync(new Regex($"{groupUrl}$"));
        await Expect(athlete.Locator(".group-page")).ToHaveAttributeAsync("data-interactive", "true");
        await athlete.ClickAsync("#group-join");
        await Expect(athlete.Locator("#group-my-state")).ToHaveAttributeAsync("data-state", "active");
        await Expect(athlete.Locator("#group-member-count")).ToHaveAttributeAsync("data-count", "2");
        await athlete.ClickAsync(".group-event-link");

        await Expect(athlete).ToHaveURLAsync(new Regex($"{groupUrl}/events/[0-9a-f-]{{36}}$"));
        await Expect(athlete.Locator("#event-title")).ToHaveTextAsync("Sunrise tempo");
        await Expect(athlete.Locator(".group-event-page")).ToHaveAttributeAsync("data-interactive", "true");
        await athlete.ClickAsync("#event-going");
        await Expect(athlete.Locator("#event-my-answer")).ToHaveAttributeAsync("data-status", "going");
        await Expect(athlete.Locator("#event-counts")).ToHaveAttributeAsync("data-going", "1");
        await Expect(athlete.Locator(".event-attendee[data-status='going']")).ToContainTextAsync("Group Joiner");

        await owner.ReloadAsync();
        await Expect(owner.Locator(".group-member")).ToHaveCountAsync(2);
    }

    [GeneratedRegex("/groups/[0-9a-f-]{36}$")]
    private static partial Regex GroupUrl();
}
