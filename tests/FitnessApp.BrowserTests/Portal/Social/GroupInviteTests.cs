using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed class GroupInviteTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_group_admin_When_inviting_an_athlete_found_by_name_Then_the_athlete_is_told_sees_the_invitation_on_the_group_page_and_accepts()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (admin, _) = await portal.ConfirmedAthleteAsync($"Invite Admin {suffix}");
        var (invitee, inviteeId) = await portal.ConfirmedAthleteAsync($"Ivy Invitee {suffix}");
        await Expect(invitee.Locator("#notification-bell[data-live='true']")).ToBeVisibleAsync();
        var name = $"Invite Club {suffix}";

        await admin.GotoAsync("/groups");
        await Expect(admin.Locator(".groups-page")).ToHaveAttributeAsync("data-interactive", "true");
        await admin.FillAsync("#group-create-name", name);
        await admin.SelectOptionAsync("#group-create-sport", "running");
        await admin.ClickAsync("#group-create-submit");
        await Expect(admin).ToHaveURLAsync(new Regex("/groups/[0-9a-f-]{36}$"));
        var groupPath = new Uri(admin.Url).AbsolutePath;
        await Expect(admin.Locator(".group-page")).ToHaveAttributeAsync("data-interactive", "true");

        await admin.FillAsync("#group-invite-query", $"Ivy Invitee {suffix}");
        await admin.ClickAsync("#group-invite-search");
        var candidate = admin.Locator($".group-invite-candidate[data-user-id='{inviteeId}']");
        await Expect(candidate.Locator(".group-invite-name")).ToHaveTextAsync($"Ivy Invitee {suffix}");
        await candidate.Locator(".group-invite-pick").ClickAsync();

        await Expect(admin.Locator($".group-pending[data-user-id='{inviteeId}']")).ToHaveAttributeAsync("data-state", "invited");
        await Expect(admin.Locator("#group-invite-results")).ToHaveCountAsync(0);

        await Expect(invitee.Locator("#notification-bell")).ToHaveAttributeAsync("data-unread", "1");
        await invitee.GotoAsync("/notifications");
        await Expect(invitee.Locator(".notifications-page")).ToHaveAttributeAsync("data-interactive", "true");
        var invitation = invitee.Locator(".notification-item[data-kind='groupInvitation']");
        await Expect(invitation).ToHaveCountAsync(1);
        await invitation.Locator(".notification-link").ClickAsync();

        await Expect(invitee).ToHaveURLAsync(new Regex($"{groupPath}$"));
        await Expect(invitee.Locator(".group-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(invitee.Locator("#group-my-state")).ToHaveAttributeAsync("data-state", "invited");
        await invitee.ClickAsync("#group-join");
        await Expect(invitee.Locator("#group-my-state")).ToHaveAttributeAsync("data-state", "active");
        await Expect(invitee.Locator("#group-member-count")).ToHaveAttributeAsync("data-count", "2");
    }
}
