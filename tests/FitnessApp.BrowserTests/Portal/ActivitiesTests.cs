using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Shared.Mediation;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed partial class ActivitiesTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_new_athlete_When_they_record_a_run_by_hand_Then_the_detail_and_the_list_show_its_distance_time_and_pace()
    {
        var page = await portal.NewPageAsync();
        await RegisterAsync(page, "Manual Runner");
        await OpenAsync(page, "/training/activities");
        await Expect(page.Locator("#activities-empty")).ToBeVisibleAsync();

        await page.ClickAsync("#activities-new");
        await Expect(page.Locator("[data-interactive='true'] #activity-submit")).ToBeVisibleAsync();
        await page.FillAsync("#activity-title", "Riverside tempo");
        await page.FillAsync("#activity-elapsed", "0:52:30");
        await page.FillAsync("#activity-moving", "0:50:00");
        await page.FillAsync("#activity-distance", "10");
        await page.FillAsync("#activity-avg-hr", "152");
        await page.ClickAsync("#activity-submit");

        await Expect(page).ToHaveURLAsync(ActivityUrl());
        await Expect(page.Locator("#activity-title")).ToHaveTextAsync("Riverside tempo");
        await Expect(page.Locator("#stat-distance")).ToHaveTextAsync("10.00 km");
        await Expect(page.Locator("#stat-moving")).ToHaveTextAsync("50:00");
        await Expect(page.Locator("#stat-elapsed")).ToHaveTextAsync("52:30");
        await Expect(page.Locator("#stat-pace")).ToHaveTextAsync("5:00 /km");
        await Expect(page.Locator("#stat-source")).ToHaveTextAsync("by hand");
        await Expect(page.Locator("#activity-route")).ToHaveCountAsync(0);

        await page.ClickAsync("#activity-back");
        var row = page.Locator("#activities-table tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".activity-link")).ToHaveTextAsync("Riverside tempo");
        await Expect(row.Locator("[data-field='distance']")).ToHaveTextAsync("10.00 km");
        await Expect(row.Locator("[data-field='moving']")).ToHaveTextAsync("50:00");
        await Expect(row.Locator("[data-field='pace']")).ToHaveTextAsync("5:00 /km");
    }

    [BrowserFact]
    public async Task Given_a_moving_time_longer_than_the_elapsed_time_When_saving_Then_the_field_shows_the_servers_message_and_nothing_is_stored()
    {
        var page = await portal.NewPageAsync();
        await RegisterAsync(page, "Impossible Runner");
        await OpenAsync(page, "/training/activities/new");

        await page.FillAsync("#activity-elapsed", "0:30:00");
        await page.FillAsync("#activity-moving", "0:45:00");
        await page.FillAsync("#activity-distance", "5");
        await page.ClickAsync("#activity-submit");

        var movingField = page.Locator(".field", new() { Has = page.Locator("#activity-moving") });
        await Expect(movingField.Locator(".validation-message")).ToHaveTextAsync("Moving time cannot be longer than the elapsed time.");
        await Expect(page.Locator("#activity-errors")).ToContainTextAsync("Moving time cannot be longer than the elapsed time.");
        await Expect(page).ToHaveURLAsync(new Regex("/training/activities/new$"));

        await OpenAsync(page, "/training/activities");
        await Expect(page.Locator("#activities-empty")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Given_an_activity_recorded_from_a_track_When_its_owner_opens_it_Then_the_route_splits_and_charts_show_and_a_stranger_finds_nothing()
    {
        var page = await portal.NewPageAsync();
        await RegisterAsync(page, "Track Runner");
        var activityId = await RecordLoopAsync(await UserIdAsync(page));

        await OpenAsync(page, $"/training/activities/{activityId}");

        await Expect(page.Locator("#activity-title")).ToHaveTextAsync("Park loop");
        await Expect(page.Locator("#stat-source")).ToHaveTextAsync("by a device");
        await Expect(page.Locator("#stat-distance")).ToHaveTextAsync(new Regex(@"^5\.[34]\d km$"));
        await Expect(page.Locator("#activity-route polyline")).ToHaveCountAsync(1);
        await Expect(page.Locator("#activity-route .route-start")).ToHaveCountAsync(1);
        await Expect(page.Locator("#activity-route .route-finish")).ToHaveCountAsync(1);
        var splits = page.Locator("#activity-splits tbody tr");
        await Expect(splits).ToHaveCountAsync(6);
        await Expect(splits.Nth(0).Locator("td").Nth(0)).ToHaveTextAsync("1");
        await Expect(splits.Nth(5).Locator("td").Nth(0)).ToHaveTextAsync(new Regex(@"^0\.[34]\d$"));
        await Expect(page.Locator("#chart-pace svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#chart-hr svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#chart-elevation svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#activity-best-efforts")).ToContainTextAsync("5 km");
        await Expect(page.Locator("#activity-edit")).ToBeVisibleAsync();

        var stranger = await portal.NewPageAsync();
        await RegisterAsync(stranger, "Curious Stranger");
        await OpenAsync(stranger, $"/training/activities/{activityId}");
        await Expect(stranger.Locator("#activity-not-found")).ToBeVisibleAsync();
        await Expect(stranger.Locator("#activity-edit")).ToHaveCountAsync(0);
        await Expect(stranger.Locator("#activity-delete")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_a_recorded_activity_When_its_owner_renames_it_and_then_deletes_it_Then_the_new_title_shows_and_then_the_activity_is_gone()
    {
        var page = await portal.NewPageAsync();
        await RegisterAsync(page, "Editing Runner");
        await OpenAsync(page, "/training/activities/new");
        await page.FillAsync("#activity-title", "First title");
        await page.FillAsync("#activity-elapsed", "30");
        await page.FillAsync("#activity-distance", "5");
        await page.ClickAsync("#activity-submit");
        await Expect(page).ToHaveURLAsync(ActivityUrl());
        var detailUrl = page.Url;

        await page.ClickAsync("#activity-edit");
        await Expect(page.Locator("[data-interactive='true'] #edit-submit")).ToBeVisibleAsync();
        await page.FillAsync("#edit-title", "Renamed run");
        await page.FillAsync("#edit-notes", "Windy by the river");
        await page.ClickAsync("#edit-submit");

        await Expect(page.Locator("#activity-title")).ToHaveTextAsync("Renamed run");
        await Expect(page.Locator("#activity-notes")).ToContainTextAsync("Windy by the river");
        await Expect(page.Locator("[data-interactive='true'] #activity-delete")).ToBeVisibleAsync();

        await page.ClickAsync("#activity-delete");
        await Expect(page.Locator("#activity-delete-confirm")).ToBeVisibleAsync();
        await page.ClickAsync("#activity-delete-yes");

        await Expect(page).ToHaveURLAsync(new Regex("/training/activities$"));
        await Expect(page.Locator("#activities-empty")).ToBeVisibleAsync();
        await page.GotoAsync(detailUrl);
        await Expect(page.Locator("#activity-not-found")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Given_more_activities_than_a_page_When_listing_Then_load_more_brings_the_rest_and_the_sport_filter_narrows_them()
    {
        var page = await portal.NewPageAsync();
        await RegisterAsync(page, "Busy Athlete");
        var athleteId = await UserIdAsync(page);
        var mediator = portal.Services.GetRequiredService<IPortalMediator>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 22; i++)
        {
            var start = now.AddHours(-3 * (i + 1));
            var sport = i == 21 ? Sport.Cycling : Sport.Running;
            await mediator.Send(new RecordTrackActivity(
                athleteId, sport, start, "UTC", [new TrackSample(start, Distance: 0), new TrackSample(start.AddMinutes(10), Distance: 2000)], Title: $"Session {i + 1}"));
        }

        await OpenAsync(page, "/training/activities");
        var rows = page.Locator("#activities-table tbody tr");
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(rows.First.Locator(".activity-link")).ToHaveTextAsync("Session 1");

        await page.ClickAsync("#activities-more");
        await Expect(rows).ToHaveCountAsync(22);
        await Expect(rows.Last.Locator(".activity-link")).ToHaveTextAsync("Session 22");
        await Expect(page.Locator("#activities-more")).ToHaveCountAsync(0);
        await Expect(rows.Last.Locator("[data-field='pace']")).ToHaveTextAsync("12.0 km/h");

        await page.SelectOptionAsync("#activities-filter-sport", "cycling");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.Locator(".activity-link")).ToHaveTextAsync("Session 22");
    }

    [BrowserFact]
    public async Task Given_a_strength_workout_When_recorded_with_exercises_and_sets_Then_the_detail_lists_them_with_the_total_volume()
    {
        var page = await portal.NewPageAsync();
        await RegisterAsync(page, "Strong Athlete");
        await OpenAsync(page, "/training/activities/new");

        await page.SelectOptionAsync("#activity-sport", "Strength");
        await Expect(page.Locator("#activity-distance")).ToHaveCountAsync(0);
        await page.FillAsync("#activity-title", "Leg day");
        await page.FillAsync("#activity-elapsed", "45");
        await page.ClickAsync("#exercise-add");
        await page.FillAsync("#exercise-0-name", "Back squat");
        await page.FillAsync("#exercise-0-set-0-reps", "5");
        await page.FillAsync("#exercise-0-set-0-weight", "100");
        await page.FillAsync("#exercise-0-set-0-rest", "120");
        await page.ClickAsync("#exercise-0-add-set");
        await Expect(page.Locator("#exercise-0-set-1-reps")).ToHaveValueAsync("5");
        await page.ClickAsync("#activity-submit");

        await Expect(page).ToHaveURLAsync(ActivityUrl());
        await Expect(page.Locator("#activity-exercises")).ToContainTextAsync("Back squat");
        await Expect(page.Locator("#activity-exercises li")).ToHaveTextAsync(["5 × 100 kg · rest 2:00", "5 × 100 kg · rest 2:00"]);
        await Expect(page.Locator("#activity-volume")).ToContainTextAsync("1000 kg");
        await Expect(page.Locator("#stat-distance")).ToHaveCountAsync(0);
    }

    private static async Task RegisterAsync(IPage page, string name)
    {
        await page.RegisterAsync(name, PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync(name);
    }

    /// <summary>Opens a page and waits until its circuit is live (prerendered buttons do nothing before).</summary>
    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
    }

    private static async Task<Guid> UserIdAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/accounts/me");
        response.Ok.ShouldBeTrue();
        using var me = JsonDocument.Parse(await response.TextAsync());
        return me.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A 30-minute run at 3 m/s once around a circle of 5.4 km near Berlin, 1 Hz, with heart rate and altitude.</summary>
    private async Task<Guid> RecordLoopAsync(Guid athleteId)
    {
        const int seconds = 1800;
        const double speed = 3.0;
        const double radius = seconds * speed / (2 * Math.PI);
        const double centerLat = 52.52;
        const double centerLon = 13.405;
        const double metersPerDegree = 111_195.08;
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        var samples = Enumerable.Range(0, seconds + 1).Select(t =>
        {
            var angle = 2 * Math.PI * t / seconds;
            return new TrackSample(
                start.AddSeconds(t),
                Latitude: centerLat + (radius * Math.Sin(angle) / metersPerDegree),
                Longitude: centerLon + (radius * (1 - Math.Cos(angle)) / (metersPerDegree * Math.Cos(centerLat * Math.PI / 180))),
                Altitude: 40 + (10 * Math.Sin(angle)),
                HeartRate: 140 + (15 * Math.Sin(angle * 3)),
                Cadence: 170);
        }).ToList();

        var recorded = await portal.Services.GetRequiredService<IPortalMediator>()
            .Send(new RecordTrackActivity(athleteId, Sport.Running, start, "UTC", samples, Title: "Park loop"));
        return recorded.ActivityId;
    }

    private static Regex ActivityUrl() => ActivityUrlPattern();

    [GeneratedRegex("/training/activities/[0-9a-f-]{36}$")]
    private static partial Regex ActivityUrlPattern();
}
