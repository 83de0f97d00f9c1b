using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FitnessApp.Host.Jobs.Dashboard;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Jobs;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Devices;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.OAuth;
using FitnessApp.Modules.Devices.Providers.Sync;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>The Strava-like connector's whole life against the fake provider: connect, webhook, pull, refresh, rate limits, deauthorize, disconnect.</summary>
public abstract class StravaSyncTests(ProvidersApp app)
{
    private const string Strava = "strava";

    [Fact]
    public async Task Given_an_athlete_When_connecting_Then_the_authorize_url_carries_the_client_the_callback_the_scope_a_state_and_an_S256_challenge()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var start = await athlete.StartAsync(Strava);

        var url = new Uri(start.AuthorizeUrl);
        url.GetLeftPart(UriPartial.Path).ShouldBe(app.Provider.BaseUrl + "/oauth/authorize");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query);
        query["client_id"].ToString().ShouldBe(FakeProvider.ClientId);
        query["redirect_uri"].ToString().ShouldBe("http://localhost/api/v1/devices/providers/strava/callback");
        query["response_type"].ToString().ShouldBe("code");
        query["scope"].ToString().ShouldBe("read,activity:read_all");
        query["state"].ToString().Length.ShouldBe(43);
        query["code_challenge"].ToString().Length.ShouldBe(43);
        query["code_challenge_method"].ToString().ShouldBe("S256");
        start.ExpiresAt.ShouldBe(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Given_a_browser_When_it_asks_to_connect_Then_it_is_redirected_to_the_providers_authorize_page()
    {
        var email = await app.CreateClient().RegisterAsync();
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await browser.LoginAsync(email)).AccessToken);

        var response = await browser.GetAsync($"{ProviderApi.Url}/strava/connect");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith(app.Provider.BaseUrl + "/oauth/authorize?client_id=");
    }

    [Fact]
    public async Task Given_the_providers_approval_When_the_callback_arrives_Then_the_connection_is_stored_with_protected_tokens_and_listed()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var athleteId = await athlete.AthleteIdAsync();
        var providerAthlete = NewProviderId();

        await app.ConnectAsync(athlete, Strava, providerAthlete);

        var stored = await app.StoredConnectionAsync(athleteId, Strava);
        stored.Status.ShouldBe(ConnectionStatus.Connected);
        stored.ProviderAthleteId.ShouldBe(providerAthlete);
        stored.ExpiresAt.ShouldNotBeNull().ShouldBe(app.Clock.GetUtcNow().UtcDateTime + FakeProvider.TokenLifetime, TimeSpan.FromSeconds(5));
        app.Provider.IsTokenKnown(stored.ProtectedAccessToken!).ShouldBeFalse("the database holds no token in clear");
        app.Provider.IsTokenKnown(stored.ProtectedRefreshToken!).ShouldBeFalse("the database holds no token in clear");
        var protector = app.Services.GetRequiredService<TokenProtector>();
        app.Provider.IsTokenKnown(protector.Unprotect(stored.ProtectedAccessToken!)).ShouldBeTrue();
        app.Provider.IsTokenKnown(protector.Unprotect(stored.ProtectedRefreshToken!)).ShouldBeTrue();
        var listed = await athlete.ConnectionAsync(Strava);
        listed.Status.ShouldBe("connected");
        listed.Configured.ShouldBeTrue();
        listed.ConnectedAt.ShouldNotBeNull();
        listed.ActivitiesSynced.ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_spent_state_When_the_callback_is_replayed_Then_400_naming_the_state()
    {
        var athlete = await app.CreateAthleteClientAsync();
        app.Provider.NextAthleteId = NewProviderId();
        var callback = await ProviderApi.ApproveAsync((await athlete.StartAsync(Strava)).AuthorizeUrl);
        (await app.CallbackAsync(callback)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replay = await app.CallbackAsync(callback);

        (await replay.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["state"]);
    }

    [Fact]
    public async Task Given_an_unknown_state_or_no_code_When_the_callback_arrives_Then_400_naming_the_field()
    {
        var unknown = await app.CallbackAsync(new Uri("http://localhost/api/v1/devices/providers/strava/callback?code=abc&state=not-a-state"));
        var noCode = await app.CallbackAsync(new Uri("http://localhost/api/v1/devices/providers/strava/callback?state=whatever"));

        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["state"]);
        (await noCode.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["code"]);
    }

    [Fact]
    public async Task Given_a_state_older_than_ten_minutes_When_the_callback_arrives_Then_400_and_nothing_is_stored()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var athleteId = await athlete.AthleteIdAsync();
        app.Provider.NextAthleteId = NewProviderId();
        var callback = await ProviderApi.ApproveAsync((await athlete.StartAsync(Strava)).AuthorizeUrl);
        app.Clock.Advance(TimeSpan.FromMinutes(11));

        var response = await app.CallbackAsync(callback);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["state"]);
        (await app.Services.QueryAsync<Modules.Devices.Data.DevicesDbContext, int>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ProviderConnections, c => c.AthleteId == athleteId))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_code_the_provider_did_not_issue_When_the_callback_arrives_Then_400_naming_the_code_and_nothing_is_stored()
    {
        var athlete = await app.CreateAthleteClientAsync();
        app.Provider.NextAthleteId = NewProviderId();
        var callback = await ProviderApi.ApproveAsync((await athlete.StartAsync(Strava)).AuthorizeUrl);
        var forged = new Uri(System.Text.RegularExpressions.Regex.Replace(callback.ToString(), "code=[^&]+", "code=FORGED"));

        var response = await app.CallbackAsync(forged);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["code"]);
        (await athlete.ConnectionAsync(Strava)).Status.ShouldBe("notConnected");
    }

    [Fact]
    public async Task Given_the_subscription_handshake_When_the_verify_token_is_ours_Then_the_challenge_is_echoed_else_403()
    {
        var client = app.CreateClient();

        var right = await client.GetAsync($"{ProviderApi.Url}/strava/webhook?hub.mode=subscribe&hub.challenge=15f7d1a91c1f40f8a748fd134752feb3&hub.verify_token={ProvidersApp.VerifyToken}");
        var wrong = await client.GetAsync($"{ProviderApi.Url}/strava/webhook?hub.mode=subscribe&hub.challenge=x&hub.verify_token=guess");
        var noMode = await client.GetAsync($"{ProviderApi.Url}/strava/webhook?hub.challenge=x&hub.verify_token={ProvidersApp.VerifyToken}");

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).ShouldBe("""{"hub.challenge":"15f7d1a91c1f40f8a748fd134752feb3"}""");
        await wrong.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await noMode.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["hub.mode"]);
    }

    [Fact]
    public async Task Given_a_connected_athlete_When_an_activity_is_created_Then_it_is_acknowledged_at_once_and_recorded_owner_only()
    {
        var (owner, _, providerAthlete) = await ConnectedAsync();
        var activity = NewActivity(providerAthlete, "Synced morning run");

        var watch = Stopwatch.StartNew();
        var ack = await app.StravaEventAsync("create", activity.Id, providerAthlete);
        watch.Stop();

        ack.StatusCode.ShouldBe(HttpStatusCode.OK);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        var events = await app.ProcessedEventsAsync(Strava, Id(activity));
        events.Single().Status.ShouldBe(ProviderEventStatus.Done, ProviderApi.Describe(events));
        var synced = (await app.SyncedAsync(Strava, Id(activity))).ShouldHaveSingleItem();
        var recorded = await (await owner.GetAsync($"{ActivityApi.Url}/{synced.TrainingActivityId}")).JsonAsync();
        recorded.GetProperty("title").GetString().ShouldBe("Synced morning run");
        recorded.GetProperty("visibility").GetString().ShouldBe("private");
        recorded.GetProperty("distanceMeters").GetDouble().ShouldBe(activity.DistanceMeters, 1);
        recorded.GetProperty("averageHeartRate").GetInt32().ShouldBe(150);
        var listed = await owner.ConnectionAsync(Strava);
        listed.ActivitiesSynced.ShouldBe(1);
        listed.LastSyncAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_a_synced_activity_When_its_owner_makes_it_public_Then_400_says_the_providers_terms_keep_it_private()
    {
        var (owner, _, providerAthlete) = await ConnectedAsync();
        var activityId = await SyncedActivityAsync(providerAthlete);

        var response = await owner.PatchAsJsonAsync($"{ActivityApi.Url}/{activityId}", new { visibility = "public" });
        var followers = await owner.PatchAsJsonAsync($"{ActivityApi.Url}/{activityId}", new { visibility = "followers" });
        var retitled = await owner.PatchAsJsonAsync($"{ActivityApi.Url}/{activityId}", new { title = "Renamed", visibility = "private" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["visibility"]);
        problem.GetProperty("errors").GetProperty("visibility")[0].GetString().ShouldNotBeNull().ShouldContain("only its owner");
        await followers.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        retitled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await owner.GetAsync($"{ActivityApi.Url}/{activityId}")).JsonAsync()).GetProperty("visibility").GetString().ShouldBe("private");
    }

    [Fact]
    public async Task Given_a_synced_activity_When_another_athlete_reads_it_Then_404()
    {
        var (_, _, providerAthlete) = await ConnectedAsync();
        var activityId = await SyncedActivityAsync(providerAthlete);
        var stranger = await app.CreateAthleteClientAsync();

        var response = await stranger.GetAsync($"{ActivityApi.Url}/{activityId}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_repeated_create_and_update_events_When_processed_Then_the_activity_is_recorded_once()
    {
        var (_, _, providerAthlete) = await ConnectedAsync();
        var activity = NewActivity(providerAthlete, $"Once {Guid.NewGuid():N}");

        await app.StravaEventAsync("create", activity.Id, providerAthlete);
        await app.StravaEventAsync("create", activity.Id, providerAthlete);
        await app.StravaEventAsync("update", activity.Id, providerAthlete, updates: """{"title":"Renamed at Strava"}""");

        var events = await app.ProcessedEventsAsync(Strava, Id(activity), count: 3);
        events.ShouldAllBe(e => e.Status == ProviderEventStatus.Done, ProviderApi.Describe(events));
        (await app.SyncedAsync(Strava, Id(activity))).Count.ShouldBe(1);
        (await app.CountActivitiesAsync(activity.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_update_of_an_activity_not_synced_yet_When_processed_Then_it_is_pulled_and_recorded()
    {
        var (_, _, providerAthlete) = await ConnectedAsync();
        var activity = NewActivity(providerAthlete, $"Late {Guid.NewGuid():N}");

        await app.StravaEventAsync("update", activity.Id, providerAthlete, updates: """{"type":"Run"}""");

        (await app.ProcessedEventsAsync(Strava, Id(activity))).Single().Status.ShouldBe(ProviderEventStatus.Done);
        (await app.CountActivitiesAsync(activity.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_synced_activity_When_it_is_deleted_at_the_provider_Then_it_is_deleted_here()
    {
        var (owner, _, providerAthlete) = await ConnectedAsync();
        var activity = NewActivity(providerAthlete, $"Deleted {Guid.NewGuid():N}");
        await app.StravaEventAsync("create", activity.Id, providerAthlete);
        var synced = (await Eventually.ReturnsAsync(() => app.SyncedAsync(Strava, Id(activity)), s => s.Count == 1, TimeSpan.FromSeconds(30))).Single();

        await app.StravaEventAsync("delete", activity.Id, providerAthlete);

        var events = await app.ProcessedEventsAsync(Strava, Id(activity), count: 2);
        events.ShouldAllBe(e => e.Status == ProviderEventStatus.Done, ProviderApi.Describe(events));
        await (await owner.GetAsync($"{ActivityApi.Url}/{synced.TrainingActivityId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.SyncedAsync(Strava, Id(activity))).ShouldBeEmpty();
        (await owner.ConnectionAsync(Strava)).ActivitiesSynced.ShouldBe(0);
    }

    [Fact]
    public async Task Given_an_access_token_about_to_expire_When_the_connector_calls_the_provider_Then_it_refreshes_first()
    {
        var (_, athleteId, providerAthlete) = await ConnectedAsync();
        var before = await app.StoredConnectionAsync(athleteId, Strava);
        var refreshes = app.Provider.Refreshes;
        app.Clock.Advance(FakeProvider.TokenLifetime - TimeSpan.FromMinutes(3));
        var activity = NewActivity(providerAthlete, $"Refreshed {Guid.NewGuid():N}");

        await app.StravaEventAsync("create", activity.Id, providerAthlete);

        (await app.ProcessedEventsAsync(Strava, Id(activity))).Single().Status.ShouldBe(ProviderEventStatus.Done);
        app.Provider.Refreshes.ShouldBe(refreshes + 1);
        var after = await app.StoredConnectionAsync(athleteId, Strava);
        after.ExpiresAt.ShouldNotBeNull().ShouldBeGreaterThan(before.ExpiresAt!.Value);
        after.ProtectedRefreshToken.ShouldNotBe(before.ProtectedRefreshToken);
        after.Status.ShouldBe(ConnectionStatus.Connected);
    }

    [Fact]
    public async Task Given_a_refresh_the_provider_refuses_When_the_connector_needs_a_token_Then_the_connection_needs_reconnecting()
    {
        var (_, athleteId, providerAthlete) = await ConnectedAsync();
        var activity = NewActivity(providerAthlete, $"Refused {Guid.NewGuid():N}");
        app.Provider.RejectRefresh = true;
        try
        {
            app.Clock.Advance(FakeProvider.TokenLifetime - TimeSpan.FromMinutes(1));
            await app.StravaEventAsync("create", activity.Id, providerAthlete);

            var events = await app.ProcessedEventsAsync(Strava, Id(activity));
            events.Single().Status.ShouldBe(ProviderEventStatus.Failed, ProviderApi.Describe(events));
        }
        finally
        {
            app.Provider.RejectRefresh = false;
        }

        var stored = await app.StoredConnectionAsync(athleteId, Strava);
        stored.Status.ShouldBe(ConnectionStatus.NeedsReconnect);
        stored.ProtectedAccessToken.ShouldBeNull();
        stored.ProtectedRefreshToken.ShouldBeNull();
        stored.LastError.ShouldNotBeNull().ShouldContain("refresh_token");
    }

    [Fact]
    public async Task Given_the_provider_answers_429_When_the_event_is_processed_Then_the_job_fails_visibly_and_a_retry_later_succeeds()
    {
        var (_, _, providerAthlete) = await ConnectedAsync();
        var activity = NewActivity(providerAthlete, $"Throttled {Guid.NewGuid():N}");
        app.Provider.RateLimitNext(1);

        await app.StravaEventAsync("create", activity.Id, providerAthlete);

        var dashboard = app.Services.CreateScope().ServiceProvider.GetRequiredService<JobsDashboardService>();
        List<Modules.Devices.Providers.Domain.ProviderEvent> events;
        try
        {
            events = await app.ProcessedEventsAsync(Strava, Id(activity), timeout: TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            var runs = (await dashboard.GetHistoryAsync(take: 500)).Where(r => r.JobName == ProviderEventJob.Name).Select(r => $"{r.FiredAt:O} {r.Result} {r.RetryAttempt} {r.RetryScheduled} {r.Exception}");
            throw new InvalidOperationException(ProviderApi.Describe(await app.EventsAsync(Strava, Id(activity))) + "\n" + string.Join("\n", runs));
        }

        var processed = events.Single();
        processed.Status.ShouldBe(ProviderEventStatus.Done, ProviderApi.Describe(events));
        processed.Attempts.ShouldBe(2);
        (await app.SyncedAsync(Strava, Id(activity))).Count.ShouldBe(1);
        var history = await Eventually.ReturnsAsync(
            () => dashboard.GetHistoryAsync(take: 500),
            runs => runs.Any(r => r.JobName == ProviderEventJob.Name && r.Result == JobRunResult.Failed && r.Exception?.Contains("429", StringComparison.Ordinal) == true),
            what: "the throttled run on the jobs dashboard");
        var failed = history.First(r => r.JobName == ProviderEventJob.Name && r.Result == JobRunResult.Failed && r.Exception!.Contains("429", StringComparison.Ordinal));
        failed.JobGroup.ShouldBe(DevicesModule.ModuleName);
        failed.RetryScheduled.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_connected_athlete_When_the_provider_reports_a_deauthorization_Then_the_connection_is_revoked_and_its_tokens_deleted()
    {
        var (owner, athleteId, providerAthlete) = await ConnectedAsync();

        await app.StravaEventAsync("update", long.Parse(providerAthlete, CultureInfo.InvariantCulture), providerAthlete, objectType: "athlete", updates: """{"authorized":"false"}""");

        (await app.ProcessedEventsAsync(Strava, providerAthlete)).Single().Status.ShouldBe(ProviderEventStatus.Done);
        var stored = await app.StoredConnectionAsync(athleteId, Strava);
        stored.Status.ShouldBe(ConnectionStatus.Revoked);
        stored.ProtectedAccessToken.ShouldBeNull();
        stored.ProtectedRefreshToken.ShouldBeNull();
        (await owner.ConnectionAsync(Strava)).Status.ShouldBe("revoked");
    }

    [Fact]
    public async Task Given_a_connected_athlete_When_they_disconnect_Then_the_provider_is_told_the_tokens_are_deleted_and_later_events_are_ignored()
    {
        var (owner, athleteId, providerAthlete) = await ConnectedAsync();
        var deauthorizations = app.Provider.Deauthorizations;

        var response = await owner.DeleteAsync($"{ProviderApi.Url}/strava");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        app.Provider.Deauthorizations.ShouldBe(deauthorizations + 1);
        var stored = await app.StoredConnectionAsync(athleteId, Strava);
        stored.Status.ShouldBe(ConnectionStatus.Disconnected);
        stored.ProtectedAccessToken.ShouldBeNull();
        stored.ProtectedRefreshToken.ShouldBeNull();
        (await owner.ConnectionAsync(Strava)).Status.ShouldBe("disconnected");
        await (await owner.DeleteAsync($"{ProviderApi.Url}/strava")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var activity = NewActivity(providerAthlete, $"After {Guid.NewGuid():N}");
        await app.StravaEventAsync("create", activity.Id, providerAthlete);
        (await app.ProcessedEventsAsync(Strava, Id(activity))).Single().Status.ShouldBe(ProviderEventStatus.Ignored);
    }

    [Fact]
    public async Task Given_a_malformed_event_When_posted_Then_400_naming_the_field_and_nothing_is_queued()
    {
        var response = await app.StravaEventAsync("archive", 987654321, "1");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["aspect_type"]);
        (await app.EventsAsync(Strava, "987654321")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_visitor_When_calling_the_athletes_provider_endpoints_Then_401()
    {
        var visitor = app.CreateClient();

        await (await visitor.GetAsync(ProviderApi.Url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.GetAsync($"{ProviderApi.Url}/strava/connect")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.DeleteAsync($"{ProviderApi.Url}/strava")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_unknown_provider_When_connecting_Then_404()
    {
        var athlete = await app.CreateAthleteClientAsync();

        await (await athlete.GetAsync($"{ProviderApi.Url}/garmin/connect")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<(HttpClient Owner, Guid AthleteId, string ProviderAthlete)> ConnectedAsync()
    {
        var owner = await app.CreateAthleteClientAsync();
        var providerAthlete = NewProviderId();
        await app.ConnectAsync(owner, Strava, providerAthlete);
        return (owner, await owner.AthleteIdAsync(), providerAthlete);
    }

    private async Task<Guid> SyncedActivityAsync(string providerAthlete)
    {
        var activity = NewActivity(providerAthlete, $"Synced {Guid.NewGuid():N}");
        await app.StravaEventAsync("create", activity.Id, providerAthlete);
        var events = await app.ProcessedEventsAsync(Strava, Id(activity));
        events.Single().Status.ShouldBe(ProviderEventStatus.Done, ProviderApi.Describe(events));
        return (await app.SyncedAsync(Strava, Id(activity))).Single().TrainingActivityId;
    }

    private FakeActivity NewActivity(string providerAthlete, string name)
    {
        var activity = new FakeActivity(Random.Shared.NextInt64(1_000_000_000, 9_000_000_000), providerAthlete, app.Clock.GetUtcNow().AddHours(-3), name);
        app.Provider.AddActivity(activity);
        return activity;
    }

    private static string Id(FakeActivity activity) => activity.Id.ToString(CultureInfo.InvariantCulture);

    private static string NewProviderId() => Random.Shared.NextInt64(1_000_000, 900_000_000).ToString(CultureInfo.InvariantCulture);
}

public sealed class StravaSyncTests_Sqlite(ProvidersSqliteApp app) : StravaSyncTests(app), IClassFixture<ProvidersSqliteApp>;

public sealed class StravaSyncTests_Postgres(ProvidersPostgresApp app) : StravaSyncTests(app), IClassFixture<ProvidersPostgresApp>;
