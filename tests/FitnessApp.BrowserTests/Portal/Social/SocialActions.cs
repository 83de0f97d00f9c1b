using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Accounts;
using FitnessApp.Modules.Shared.Mediation;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

/// <summary>What the Social browser tests set up around the journey they drive through the pages.</summary>
internal static class SocialActions
{
    /// <summary>A registered, signed-in athlete on /home whose address counts as confirmed (search shows confirmed accounts only).</summary>
    public static async Task<(IPage Page, Guid Id)> ConfirmedAthleteAsync(this PortalFixture portal, string displayName, bool followersOnly = false)
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync(displayName, PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        var id = await page.UserIdAsync();
        await portal.UpdateAccountAsync(id, followersOnly);
        return (page, id);
    }

    public static async Task<Guid> UserIdAsync(this IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/accounts/me");
        response.Ok.ShouldBeTrue();
        using var me = JsonDocument.Parse(await response.TextAsync());
        return me.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>An accepted follow written straight to Social's table (for tests about what comes after following).</summary>
    public static async Task FollowAsync(this PortalFixture portal, Guid followerId, Guid followeeId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        db.Follows.Add(new Follow { FollowerId = followerId, FolloweeId = followeeId, State = FollowState.Accepted, CreatedAt = DateTime.UtcNow, AcceptedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>A 25-minute run of exactly 5 km due north at 1 Hz, started an hour ago, recorded as a device would.</summary>
    public static async Task<Guid> RecordRunAsync(this PortalFixture portal, Guid athleteId, string title, Visibility visibility = Visibility.Public)
    {
        const int seconds = 1500;
        const double metersPerDegree = 6_371_008.8 * Math.PI / 180;
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var samples = Enumerable.Range(0, seconds + 1)
            .Select(t => new TrackSample(start.AddSeconds(t), Latitude: 52.5 + (t * (5000.0 / seconds) / metersPerDegree), Longitude: 13.4, Altitude: 40, HeartRate: 150, Cadence: 170))
            .ToList();
        var recorded = await portal.Services.GetRequiredService<IPortalMediator>()
            .Send(new RecordTrackActivity(athleteId, Sport.Running, start, "UTC", samples, title, visibility));
        return recorded.ActivityId;
    }

    /// <summary>The Accounts module's types are internal: the account row is changed through EF's untyped API.</summary>
    private static async Task UpdateAccountAsync(this PortalFixture portal, Guid id, bool followersOnly)
    {
        var assembly = typeof(AccountsModule).Assembly;
        await using var scope = portal.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(assembly.GetType("FitnessApp.Modules.Accounts.Data.AccountsDbContext", throwOnError: true)!);
        var user = await db.FindAsync(assembly.GetType("FitnessApp.Modules.Accounts.Domain.User", throwOnError: true)!, id);
        var entry = db.Entry(user!);
        entry.Property("EmailConfirmed").CurrentValue = true;
        var visibility = entry.Property("ProfileVisibility");
        visibility.CurrentValue = Enum.Parse(visibility.Metadata.ClrType, followersOnly ? "FollowersOnly" : "Public");
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The number a counter badge settles on once it shows at least <paramref name="atLeast"/> and has not changed for two
    /// seconds (background work such as Loyalty's awards adds notifications a moment after the action that caused them).
    /// </summary>
    public static async Task<int> SettledCountAsync(ILocator counter, int atLeast, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        int? last = null;
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var text = await counter.CountAsync() == 0 ? "0" : await counter.TextContentAsync();
            var value = int.TryParse(text, out var parsed) ? parsed : 0;
            if (value != last)
            {
                (last, since) = (value, DateTime.UtcNow);
            }
            else if (value >= atLeast && DateTime.UtcNow - since >= TimeSpan.FromSeconds(2))
            {
                return value;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The counter did not settle at {atLeast} or more within {timeoutSeconds} s (last: {last}).");
    }
}
