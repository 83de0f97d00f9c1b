using System.Text.Json;
using FitnessApp.IntegrationTests.Social.Feed;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Loyalty.Contracts.Points;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Notifications;

/// <summary>Loyalty's events as notices: an achievement, a new level and expiring points, each for its athlete only.</summary>
public abstract class LoyaltyNotificationTests(SocialApp app)
{
    [Fact]
    public async Task Given_Loyalty_events_for_an_athlete_When_published_Then_the_athlete_gets_the_three_notices_with_links_and_nobody_else_does()
    {
        var athlete = await app.AthleteAsync();
        var other = await app.AthleteAsync();

        await PublishAsync(GroupAndAchievementFeedTests.Award(athlete.Id));
        await PublishAsync(new LevelReached(athlete.Id, 3, "Silver", "Серебро", 1200));
        var expiring = new PointsExpiring(athlete.Id, 150, new DateOnly(2026, 12, 1));
        await PublishAsync(expiring);
        await PublishAsync(expiring); // redelivered: one notice

        var items = await ItemsAsync(athlete);
        items.Select(i => i.GetProperty("kind").GetString()).ShouldBe(["pointsExpiring", "levelReached", "achievementEarned"]);
        items.Select(i => i.GetProperty("link").GetString()).ShouldBe(["/loyalty", "/loyalty", "/loyalty/achievements"]);
        items[2].GetProperty("excerpt").GetString().ShouldBe("First 10 km");
        items[1].GetProperty("excerpt").GetString().ShouldBe("Level 3: Silver");
        items[0].GetProperty("excerpt").GetString()!.ShouldStartWith("150 points expire on ");
        items.ShouldAllBe(i => i.GetProperty("actor").ValueKind == JsonValueKind.Null);
        (await ItemsAsync(other)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_Russian_speaking_athlete_When_they_reach_a_level_Then_the_notice_is_written_in_Russian()
    {
        var athlete = await app.AthleteAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            await db.Users.Where(u => u.Id == athlete.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, "ru"));
        }

        await PublishAsync(new LevelReached(athlete.Id, 2, "Bronze", "Бронза", 500));

        (await ItemsAsync(athlete)).Single().GetProperty("excerpt").GetString().ShouldBe("Уровень 2: Бронза");
    }

    private static async Task<List<JsonElement>> ItemsAsync(Athlete athlete) =>
        (await athlete.Client.GetOkJsonAsync(SocialApi.Notifications)).GetProperty("items").EnumerateArray().ToList();

    private async Task PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }
}

public sealed class LoyaltyNotificationTests_Sqlite(SocialSqliteApp app) : LoyaltyNotificationTests(app), IClassFixture<SocialSqliteApp>;

public sealed class LoyaltyNotificationTests_Postgres(SocialPostgresApp app) : LoyaltyNotificationTests(app), IClassFixture<SocialPostgresApp>;
