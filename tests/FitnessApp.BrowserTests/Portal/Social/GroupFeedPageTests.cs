using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Shared.Mediation;
using FitnessApp.Modules.Social.Groups.CreateGroup;
using FitnessApp.Modules.Social.Groups.CreatePost;
using FitnessApp.Modules.Social.Groups.JoinGroup;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed class GroupFeedPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_member_with_the_feed_open_When_the_groups_owner_posts_Then_the_post_appears_on_the_members_feed_without_reload()
    {
        var owner = await portal.NewPageAsync();
        await owner.RegisterAsync("Club Owner", PortalActions.NewEmail());
        await Expect(owner.Locator("#user-display-name")).ToHaveTextAsync("Club Owner");
        var ownerId = await owner.UserIdAsync();
        var member = await portal.NewPageAsync();
        await member.RegisterAsync("Club Member", PortalActions.NewEmail());
        await Expect(member.Locator("#user-display-name")).ToHaveTextAsync("Club Member");
        var memberId = await member.UserIdAsync();
        var mediator = portal.Services.GetRequiredService<IPortalMediator>();
        var name = $"Night Owls {Guid.NewGuid():N}"[..20];
        var group = await mediator.Send(new CreateGroup(ownerId, name, "We run late.", "running", "Berlin", "public"));
        await mediator.Send(new JoinGroup(group.Id, memberId));
        await owner.CloseAsync();

        await member.GotoAsync("/feed");
        await Expect(member.Locator("#feed[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(member.Locator("#feed-empty")).ToBeVisibleAsync();

        var post = await mediator.Send(new CreatePost(group.Id, ownerId, "Tonight 21:00 at the bridge"));

        var item = member.Locator($"#feed-item-{post.Id}");
        await Expect(item).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(item).ToHaveAttributeAsync("data-kind", "groupPost");
        await Expect(item.Locator(".feed-text")).ToHaveTextAsync("Tonight 21:00 at the bridge");
        await Expect(item.Locator(".feed-athlete")).ToHaveTextAsync("Club Owner");
        await Expect(item.Locator(".feed-group-link")).ToHaveTextAsync($"in {name}");
        await Expect(item.Locator(".feed-group-link")).ToHaveAttributeAsync("href", $"/groups/{group.Id}");
        await Expect(item.Locator(".feed-kudos")).ToHaveCountAsync(0);
    }
}
