using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Social;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Achievements;

/// <summary>Activities recorded through Training's API earn achievements once, with points and one AchievementAwarded.</summary>
public abstract class EarningAchievementsTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_first_10_km_run_When_the_outbox_delivers_Then_first_activity_and_runner_are_earned_once_with_points()
    {
        var athlete = await app.AthleteAsync();
        var other = await app.AthleteAsync();

        await athlete.Client.RecordAsync(ActivityApi.Run());

        var first = await athlete.Client.UntilEarnedAsync("first-activity");
        first.GetProperty("timesAwarded").GetInt32().ShouldBe(1);
        first.GetProperty("firstAwardedAt").ValueKind.ShouldBe(JsonValueKind.String);
        first.GetProperty("badgeUrl").GetString().ShouldBe("/api/v1/loyalty/badges/first-activity.svg");
        var runner = await athlete.Client.UntilEarnedAsync("run-10k");
        runner.GetProperty("progress").GetInt64().ShouldBe(10000);
        (await app.LedgerEntriesAsync(athlete.Id, "achievement:first-activity:1")).ShouldBe(1);
        (await app.AwardedEventsAsync(athlete.Id, "first-activity")).ShouldHaveSingleItem();

        var mine = await athlete.Client.MineAsync();
        var distance = mine.Find("run-100k")!.Value;
        distance.GetProperty("status").GetString().ShouldBe("inProgress");
        distance.GetProperty("progress").GetInt64().ShouldBe(10000);
        distance.GetProperty("target").GetInt64().ShouldBe(100_000);
        var locked = mine.Where(i => i.GetProperty("status").GetString() == "locked").ToList();
        locked.ShouldNotBeEmpty();
        locked.ShouldAllBe(i => i.GetProperty("code").ValueKind == JsonValueKind.Null && i.GetProperty("nameEn").ValueKind == JsonValueKind.Null);

        var others = await other.Client.MineAsync();
        others.Find("first-activity")!.Value.GetProperty("status").GetString().ShouldBe("inProgress");
        others.Find("run-100k")!.Value.GetProperty("progress").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_second_activity_When_delivered_Then_first_activity_is_not_awarded_again()
    {
        var athlete = await app.AthleteAsync();
        await athlete.Client.RecordAsync(ActivityApi.Run());
        await athlete.Client.UntilEarnedAsync("first-activity");

        await athlete.Client.RecordAsync(ActivityApi.Run(start: DateTimeOffset.UtcNow.AddDays(-1)));
        await Polling.UntilAsync(
            athlete.Client.MineAsync, items => items.Find("run-100k")!.Value.GetProperty("progress").GetInt64() == 20_000, TimeSpan.FromSeconds(20));

        (await app.AwardedEventsAsync(athlete.Id, "first-activity")).ShouldHaveSingleItem();
        (await app.LedgerEntriesAsync(athlete.Id, "achievement:first-activity:2")).ShouldBe(0);
    }

    [Fact]
    public async Task Given_an_earned_run_total_When_the_run_is_deleted_Then_progress_drops_and_the_award_stays()
    {
        var athlete = await app.AthleteAsync();
        var id = (await athlete.Client.RecordAsync(ActivityApi.Run())).IdOf();
        await athlete.Client.UntilEarnedAsync("run-10k");

        (await athlete.Client.DeleteAsync($"{ActivityApi.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var items = await Polling.UntilAsync(
            athlete.Client.MineAsync, i => i.Find("run-10k")!.Value.GetProperty("progress").GetInt64() == 0, TimeSpan.FromSeconds(20));
        var runner = items.Find("run-10k")!.Value;
        runner.GetProperty("status").GetString().ShouldBe("earned");
        runner.GetProperty("timesAwarded").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_run_started_at_0630_local_When_delivered_Then_early_bird_is_earned_and_night_owl_is_not()
    {
        var athlete = await app.AthleteAsync();

        // 04:30 UTC is 06:30 in Berlin (summer time).
        await athlete.Client.RecordAsync(ActivityApi.Run(start: new DateTimeOffset(2026, 6, 10, 4, 30, 0, TimeSpan.Zero)));

        await athlete.Client.UntilEarnedAsync("early-bird");
        var mine = await athlete.Client.MineAsync();
        mine.Find("night-owl")!.Value.GetProperty("status").GetString().ShouldBe("inProgress");
    }

    [Fact]
    public async Task Given_ten_distinct_followers_and_a_repeat_When_delivered_Then_followers_10_is_earned_once()
    {
        var athlete = await app.AthleteAsync();
        var followers = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        foreach (var follower in followers.Append(followers[0]))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new AthleteFollowed(follower, athlete.Id));
        }

        var earned = await athlete.Client.UntilEarnedAsync("followers-10");
        earned.GetProperty("progress").GetInt64().ShouldBe(10);
        (await app.AwardedEventsAsync(athlete.Id, "followers-10")).ShouldHaveSingleItem();
        (await app.LedgerEntriesAsync(athlete.Id, "achievement:followers-10:1")).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_fastest_then_a_slower_track_run_When_delivered_Then_records_count_only_the_fastest()
    {
        var athlete = await app.AthleteAsync();

        await RecordTrackRunAsync(athlete.Id, 1500, DateTimeOffset.UtcNow.AddDays(-2));
        var first = await athlete.Client.UntilEarnedAsync("first-record");
        var records = first.GetProperty("progress").GetInt64();
        records.ShouldBeGreaterThan(0);
        await RecordTrackRunAsync(athlete.Id, 1800, DateTimeOffset.UtcNow.AddDays(-1));
        await Polling.UntilAsync(
            athlete.Client.MineAsync, items => items.Find("activities-10")!.Value.GetProperty("progress").GetInt64() == 2, TimeSpan.FromSeconds(20));

        var mine = await athlete.Client.MineAsync();
        mine.Find("first-record")!.Value.GetProperty("progress").GetInt64().ShouldBe(records, "the slower run set no record");
        mine.Find("records-10")!.Value.GetProperty("progress").GetInt64().ShouldBe(records);
    }

    [Fact]
    public async Task Given_no_token_When_listing_achievements_Then_401() =>
        (await app.CreateClient().GetAsync(AchievementsApi.Mine)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    /// <summary>5 km due north at 1 Hz in <paramref name="seconds"/>, recorded as a device would (Training computes best efforts).</summary>
    private async Task RecordTrackRunAsync(Guid athleteId, int seconds, DateTimeOffset start)
    {
        const double metersPerDegree = 6_371_008.8 * Math.PI / 180;
        var samples = Enumerable.Range(0, seconds + 1)
            .Select(t => new TrackSample(start.AddSeconds(t), Latitude: 52.5 + (t * (5000.0 / seconds) / metersPerDegree), Longitude: 13.4, Altitude: 40))
            .ToList();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordTrackActivity(athleteId, Sport.Running, start, "UTC", samples, "Track run"));
    }
}

public sealed class EarningAchievementsTests_Sqlite(SocialSqliteApp app) : EarningAchievementsTests(app), IClassFixture<SocialSqliteApp>;

public sealed class EarningAchievementsTests_Postgres(SocialPostgresApp app) : EarningAchievementsTests(app), IClassFixture<SocialPostgresApp>;
