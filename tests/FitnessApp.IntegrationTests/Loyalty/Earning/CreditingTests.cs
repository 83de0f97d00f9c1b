using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Earning.Crediting;

namespace FitnessApp.IntegrationTests.Loyalty.Earning;

/// <summary>Activities from Training earn points through the outbox; edits adjust, deletions take back, caps and campaigns hold.</summary>
public abstract class CreditingTests(EarningApp app)
{
    [Fact]
    public async Task Given_a_device_run_When_recorded_through_training_Then_it_earns_10_per_km_plus_20_and_the_first_of_week_bonus()
    {
        var client = await app.CreateAthleteClientAsync();
        var athlete = await client.AthleteIdAsync();

        var recorded = await app.SendAsync(TrackApi.Run(athlete));

        var entries = await app.EntriesUntilAsync(athlete, e => e.Count >= 2, "the activity's points");
        var activity = entries.Single(e => e.Reason == LedgerReason.Activity);
        activity.Points.ShouldBe(69); // 4.995 km × 10 + 20, rounded down
        activity.Subject.ShouldBe(ActivityEarning.SubjectOf(recorded.ActivityId));
        activity.Source.ShouldBe("Training");
        entries.Single(e => e.Reason == LedgerReason.FirstActivityOfWeek).Points.ShouldBe(25);
        (await app.EarnedAsync(recorded.ActivityId))!.Points.ShouldBe(69);
    }

    [Fact]
    public async Task Given_a_typed_in_run_When_recorded_through_the_api_Then_it_earns_nothing_by_default()
    {
        var client = await app.CreateAthleteClientAsync();
        var athlete = await client.AthleteIdAsync();

        var id = (await client.RecordAsync(ActivityApi.Run())).IdOf();

        var earned = await Polling.UntilAsync(() => app.EarnedAsync(id), e => e is not null, TimeSpan.FromSeconds(20), "the activity to be seen");
        earned!.Points.ShouldBe(0);
        earned.Counts.ShouldBeFalse();
        (await app.EntriesAsync(athlete)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_an_earning_activity_When_deleted_through_the_api_Then_everything_it_brought_is_taken_back()
    {
        var client = await app.CreateAthleteClientAsync();
        var athlete = await client.AthleteIdAsync();
        var recorded = await app.SendAsync(TrackApi.Run(athlete));
        await app.EntriesUntilAsync(athlete, e => e.Count >= 2, "the activity's points");

        (await client.DeleteAsync($"{ActivityApi.Url}/{recorded.ActivityId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var entries = await app.EntriesUntilAsync(athlete, e => e.Any(x => x.Reason == LedgerReason.Reversal), "the reversal");
        entries.Single(e => e.Reason == LedgerReason.Reversal).Points.ShouldBe(-94);
        entries.Sum(e => e.Points).ShouldBe(0);
        (await app.EarnedAsync(recorded.ActivityId)).ShouldBeNull();
    }

    [Fact]
    public async Task Given_an_earning_run_When_its_sport_becomes_trail_running_Then_the_difference_is_credited()
    {
        var client = await app.CreateAthleteClientAsync();
        var athlete = await client.AthleteIdAsync();
        var recorded = await app.SendAsync(TrackApi.Run(athlete));
        await app.EntriesUntilAsync(athlete, e => e.Count >= 2, "the activity's points");

        (await client.PatchAsJsonAsync($"{ActivityApi.Url}/{recorded.ActivityId}", new { sport = "trailRunning" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entries = await app.EntriesUntilAsync(athlete, e => e.Count(x => x.Reason == LedgerReason.Activity) == 2, "the adjustment");
        entries.Where(e => e.Reason == LedgerReason.Activity).Select(e => e.Points).ShouldBe([69, 10]); // 4.995 × 12 + 20 = 79
        (await app.EarnedAsync(recorded.ActivityId))!.Points.ShouldBe(79);
    }

    [Fact]
    public async Task Given_three_long_runs_on_one_day_When_credited_Then_the_day_earns_no_more_than_the_cap_and_shortening_one_frees_room_only_for_itself()
    {
        var athlete = Guid.NewGuid();
        var day = new DateTime(2025, 6, 4, 7, 0, 0, DateTimeKind.Utc);
        var first = EarningApi.Recorded(athlete, day, 30_000);

        await app.PublishAsync(first);
        await app.PublishAsync(EarningApi.Recorded(athlete, day.AddHours(3), 30_000));
        await app.PublishAsync(EarningApi.Recorded(athlete, day.AddHours(6), 30_000));

        var entries = await app.EntriesAsync(athlete);
        entries.Where(e => e.Reason == LedgerReason.Activity).Select(e => e.Points).ShouldBe([320, 180]);
        entries.Sum(LedgerReason.Activity).ShouldBe(500);

        await app.PublishAsync(new Modules.Training.Contracts.Activities.ActivityUpdated(
            first.ActivityId, athlete, first.Sport, first.StartTime, 10_000, 3000, 3000, first.Visibility, true, null, first.LocalStartTime));

        (await app.EarnedAsync(first.ActivityId))!.Points.ShouldBe(120);
        (await app.EntriesAsync(athlete)).Sum(e => e.Reason is LedgerReason.Activity or LedgerReason.Reversal ? e.Points : 0).ShouldBe(300);
    }

    [Fact]
    public async Task Given_a_week_of_daily_runs_When_credited_Then_the_weekly_cap_holds_and_the_7_day_streak_pays_once()
    {
        var athlete = Guid.NewGuid();
        var monday = new DateTime(2025, 9, 1, 7, 0, 0, DateTimeKind.Utc);

        for (var d = 0; d < 7; d++)
        {
            await app.PublishAsync(EarningApi.Recorded(athlete, monday.AddDays(d), 48_000)); // 500 a day before the weekly cap
        }

        var entries = await app.EntriesAsync(athlete);
        entries.Sum(LedgerReason.Activity).ShouldBe(2000);
        entries.Sum(LedgerReason.FirstActivityOfWeek).ShouldBe(25);
        entries.Single(e => e.Reason == LedgerReason.Streak).Points.ShouldBe(50);
    }

    [Fact]
    public async Task Given_a_double_points_campaign_for_running_When_a_run_starts_inside_it_Then_it_earns_twice_and_a_ride_does_not()
    {
        var operatorClient = await app.OperatorClientAsync();
        var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var created = await operatorClient.PostAsJsonAsync(EarningApi.Campaigns, new { name = "Spring double", sport = "running", multiplier = 2.0, startsAt = start, endsAt = start.AddDays(7) });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var athlete = Guid.NewGuid();

        await app.PublishAsync(EarningApi.Recorded(athlete, start.AddDays(2), 10_000));
        await app.PublishAsync(EarningApi.Recorded(athlete, start.AddDays(3), 10_000, Modules.Training.Contracts.Activities.Sport.Cycling));
        await app.PublishAsync(EarningApi.Recorded(athlete, start.AddDays(7), 10_000));

        (await app.EntriesAsync(athlete)).Where(e => e.Reason == LedgerReason.Activity).Select(e => e.Points).ShouldBe([240, 50, 120]);
    }

    [Fact]
    public async Task Given_one_recorded_event_When_published_100_times_at_once_Then_exactly_one_credit()
    {
        var athlete = Guid.NewGuid();
        var recorded = EarningApi.Recorded(athlete, new DateTime(2025, 10, 8, 6, 0, 0, DateTimeKind.Utc));

        // All 100 start together; at most 25 hold a connection at once, so the shared PostgreSQL server's 100 connections suffice.
        using var connections = new SemaphoreSlim(25);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 100).Select(_ => Task.Run(async () =>
        {
            await gate.Task;
            await connections.WaitAsync();
            try
            {
                await app.PublishAsync(recorded);
            }
            catch (Exception)
            {
                // The losers of the race fail at the unique keys or the account's version; the outbox would retry them.
            }
            finally
            {
                connections.Release();
            }
        })).ToList();
        gate.SetResult();
        await Task.WhenAll(attempts);
        await app.PublishAsync(recorded);

        var entries = await app.EntriesAsync(athlete);
        entries.Count(e => e.Reason == LedgerReason.Activity).ShouldBe(1);
        entries.Sum(LedgerReason.Activity).ShouldBe(120);
        entries.Count(e => e.Reason == LedgerReason.FirstActivityOfWeek).ShouldBe(1);
    }
}

public sealed class CreditingTests_Sqlite(EarningSqliteApp app) : CreditingTests(app), IClassFixture<EarningSqliteApp>;

public sealed class CreditingTests_Postgres(EarningPostgresApp app) : CreditingTests(app), IClassFixture<EarningPostgresApp>;
