using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.BrowserTests.Portal.Social;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Loyalty;

[Collection(PortalCollection.Name)]
public sealed class ChallengePageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_run_recorded_When_joining_a_challenge_Then_I_see_myself_on_the_leaderboard_and_others_see_me_arrive_live()
    {
        var challengeId = await CreateChallengeAsync($"Browser 20 km {Guid.NewGuid():N}"[..24]);
        var (watcher, watcherId) = await portal.ConfirmedAthleteAsync("Challenge Watcher");
        await watcher.GotoAsync($"/loyalty/challenges/{challengeId}");
        await Expect(watcher.Locator("#challenge[data-interactive='true']")).ToBeVisibleAsync();
        await watcher.Locator("#challenge-join").ClickAsync();
        await Expect(watcher.Locator($"#leaderboard-row-{watcherId}")).ToBeVisibleAsync();

        var (runner, runnerId) = await portal.ConfirmedAthleteAsync("Challenge Runner");
        await portal.RecordRunAsync(runnerId, "Challenge run");
        await runner.GotoAsync("/loyalty/challenges");
        await Expect(runner.Locator("#challenges[data-interactive='true']")).ToBeVisibleAsync();
        await runner.Locator($"#challenge-link-{challengeId}").ClickAsync();
        await Expect(runner).ToHaveURLAsync(new Regex($"/loyalty/challenges/{challengeId}$"));
        await Expect(runner.Locator("#challenge[data-interactive='true']")).ToBeVisibleAsync();
        await runner.Locator("#challenge-join").ClickAsync();

        var mine = runner.Locator($"#leaderboard-row-{runnerId}");
        await Expect(mine).ToHaveAttributeAsync("data-rank", "1");
        await Expect(runner.Locator("#challenge-my-progress")).ToHaveTextAsync("5 km");
        await Expect(runner.Locator("#challenge-my-rank")).ToHaveTextAsync("1");
        await Expect(runner.Locator("#challenge-leave")).ToBeVisibleAsync();

        await Expect(watcher.Locator($"#leaderboard-row-{runnerId}")).ToHaveAttributeAsync("data-rank", "1", new() { Timeout = 20_000 });
        await Expect(watcher.Locator($"#leaderboard-row-{watcherId}")).ToHaveAttributeAsync("data-rank", "2");
    }

    private async Task<Guid> CreateChallengeAsync(string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>();
        var now = DateTime.UtcNow;
        var challenge = new Challenge
        {
            Title = title, Goal = ChallengeGoal.Distance, GoalValue = 20_000, Sports = [Sport.Running], StartsAt = now.AddDays(-3), EndsAt = now.AddDays(3),
            FinisherPoints = 10, CreatedById = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now,
        };
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();
        return challenge.Id;
    }
}
