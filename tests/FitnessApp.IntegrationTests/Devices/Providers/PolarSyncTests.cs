using System.Globalization;
using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Devices.Providers.Domain;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>The Polar-like connector: the OAuth code flow on the shared framework and the HMAC-signed webhook that names an exercise file.</summary>
public abstract class PolarSyncTests(ProvidersApp app)
{
    private const string Polar = "polar";

    [Fact]
    public async Task Given_the_Polar_flow_When_the_athlete_approves_Then_the_connection_is_stored_with_the_providers_user_id()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var userId = NewUserId();

        await app.ConnectAsync(athlete, Polar, userId);

        var listed = await athlete.ConnectionAsync(Polar);
        listed.Status.ShouldBe("connected");
        listed.ProviderAthleteId.ShouldBe(userId);
        var stored = await app.StoredConnectionAsync(await athlete.AthleteIdAsync(), Polar);
        stored.ProtectedRefreshToken.ShouldBeNull();
        app.Provider.IsTokenKnown(stored.ProtectedAccessToken!).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_validly_signed_exercise_event_When_processed_Then_its_file_is_downloaded_and_imported()
    {
        var (athlete, userId) = await ConnectedAsync();
        var exercise = NewExercise(userId, $"Polar run {Guid.NewGuid():N}");
        var body = ExerciseEvent(userId, exercise.EntityId, $"{app.Provider.PolarBaseUrl}/v3/exercises/{exercise.EntityId}");

        var response = await app.PolarEventAsync(body, ProviderApi.Sign(body));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var events = await app.ProcessedEventsAsync(Polar, exercise.EntityId);
        events.Single().Status.ShouldBe(ProviderEventStatus.Done, ProviderApi.Describe(events));
        var synced = (await app.SyncedAsync(Polar, exercise.EntityId)).ShouldHaveSingleItem();
        var recorded = await (await athlete.GetAsync($"{ActivityApi.Url}/{synced.TrainingActivityId}")).JsonAsync();
        recorded.GetProperty("title").GetString().ShouldBe(exercise.Activity.Name);
        recorded.GetProperty("distanceMeters").GetDouble().ShouldBe(exercise.Activity.DistanceMeters, 2);
        recorded.GetProperty("averageHeartRate").GetInt32().ShouldBe(150);
        (await athlete.ConnectionAsync(Polar)).ActivitiesSynced.ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_unsigned_or_wrongly_signed_event_When_posted_Then_401_and_nothing_is_queued()
    {
        var (_, userId) = await ConnectedAsync();
        var exercise = NewExercise(userId, "Forged");
        var body = ExerciseEvent(userId, exercise.EntityId, $"{app.Provider.PolarBaseUrl}/v3/exercises/{exercise.EntityId}");
        var otherBody = body.Replace("EXERCISE", "EXERCISE ", StringComparison.Ordinal);

        var unsigned = await app.PolarEventAsync(body, signature: null);
        var wrongSecret = await app.PolarEventAsync(body, Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("guess"u8, System.Text.Encoding.UTF8.GetBytes(body))));
        var otherBodysSignature = await app.PolarEventAsync(body, ProviderApi.Sign(otherBody));
        var garbage = await app.PolarEventAsync(body, "zz");

        foreach (var response in new[] { unsigned, wrongSecret, otherBodysSignature, garbage })
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        (await app.EventsAsync(Polar, exercise.EntityId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_signed_ping_When_posted_Then_200_and_nothing_is_queued()
    {
        const string body = """{"timestamp":"2026-11-21T12:00:00Z","event":"PING"}""";

        var response = await app.PolarEventAsync(body, ProviderApi.Sign(body));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_signed_exercise_event_without_its_url_When_posted_Then_400_naming_the_field_and_nothing_is_queued()
    {
        var entity = $"missing-{Guid.NewGuid():N}";
        var body = $$"""{"event":"EXERCISE","user_id":475,"entity_id":"{{entity}}","timestamp":"2026-11-21T12:00:00Z"}""";

        var response = await app.PolarEventAsync(body, ProviderApi.Sign(body));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["url"]);
        (await app.EventsAsync(Polar, entity)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_signed_event_naming_a_url_outside_the_provider_When_processed_Then_nothing_is_fetched_or_recorded()
    {
        var (_, userId) = await ConnectedAsync();
        var exercise = NewExercise(userId, "Elsewhere");
        var body = ExerciseEvent(userId, exercise.EntityId, $"http://169.254.169.254/v3/exercises/{exercise.EntityId}");

        (await app.PolarEventAsync(body, ProviderApi.Sign(body))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.ProcessedEventsAsync(Polar, exercise.EntityId)).Single().Status.ShouldBe(ProviderEventStatus.Ignored);
        (await app.SyncedAsync(Polar, exercise.EntityId)).ShouldBeEmpty();
    }

    private async Task<(HttpClient Athlete, string UserId)> ConnectedAsync()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var userId = NewUserId();
        await app.ConnectAsync(athlete, Polar, userId);
        return (athlete, userId);
    }

    private (string EntityId, FakeActivity Activity) NewExercise(string userId, string name)
    {
        var entity = Guid.NewGuid().ToString("N")[..10];
        var activity = new FakeActivity(0, userId, app.Clock.GetUtcNow().AddHours(-4), name);
        app.Provider.AddExercise(entity, activity.Gpx());
        return (entity, activity);
    }

    private static string ExerciseEvent(string userId, string entityId, string url) =>
        $$"""{"event":"EXERCISE","user_id":{{userId}},"entity_id":"{{entityId}}","timestamp":"2026-11-21T12:00:00Z","url":"{{url}}"}""";

    private static string NewUserId() => Random.Shared.NextInt64(1_000_000, 900_000_000).ToString(CultureInfo.InvariantCulture);
}

public sealed class PolarSyncTests_Sqlite(ProvidersSqliteApp app) : PolarSyncTests(app), IClassFixture<ProvidersSqliteApp>;

public sealed class PolarSyncTests_Postgres(ProvidersPostgresApp app) : PolarSyncTests(app), IClassFixture<ProvidersPostgresApp>;
