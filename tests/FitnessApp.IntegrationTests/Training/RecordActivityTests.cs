using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Training;

public abstract class RecordActivityTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_valid_manual_run_When_recording_it_Then_201_with_location_and_the_activity()
    {
        var client = await app.CreateAthleteClientAsync();
        var start = new DateTimeOffset(2026, 7, 1, 5, 30, 0, TimeSpan.Zero);
        var body = ActivityApi.Run(start: start);

        var response = await client.PostActivityAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var activity = await response.JsonAsync();
        var id = activity.IdOf();
        id.Version.ShouldBe(7);
        response.Headers.Location!.OriginalString.ShouldBe($"{ActivityApi.Url}/{id}");
        activity.GetProperty("sport").GetString().ShouldBe("running");
        activity.GetProperty("title").GetString().ShouldBe(body["title"]!.GetValue<string>());
        activity.GetProperty("startTime").GetDateTime().ShouldBe(start.UtcDateTime);
        activity.GetProperty("timeZone").GetString().ShouldBe("Europe/Berlin");
        activity.GetProperty("localStartTime").GetString().ShouldBe("2026-07-01T07:30:00");
        activity.GetProperty("elapsedSeconds").GetInt32().ShouldBe(3000);
        activity.GetProperty("movingSeconds").GetInt32().ShouldBe(2900);
        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(10000);
        activity.GetProperty("averageHeartRate").GetInt32().ShouldBe(150);
        activity.GetProperty("perceivedEffort").GetInt32().ShouldBe(6);
        activity.GetProperty("visibility").GetString().ShouldBe("private");
        activity.GetProperty("source").GetString().ShouldBe("manual");
    }

    [Fact]
    public async Task Given_no_title_and_no_moving_time_When_recording_Then_the_title_follows_the_local_time_of_day_and_moving_equals_elapsed()
    {
        var client = await app.CreateAthleteClientAsync();
        var body = ActivityApi.Run("""{"title":null,"movingSeconds":null,"sport":"cycling"}""", new DateTimeOffset(2026, 7, 1, 16, 0, 0, TimeSpan.Zero));

        var activity = await client.RecordAsync(body);

        activity.GetProperty("title").GetString().ShouldBe("Evening Ride");
        activity.GetProperty("movingSeconds").GetInt32().ShouldBe(3000);
    }

    [Fact]
    public async Task Given_a_Windows_time_zone_id_When_recording_Then_it_is_stored_as_its_IANA_id()
    {
        var client = await app.CreateAthleteClientAsync();

        var activity = await client.RecordAsync(ActivityApi.Run("{\"timeZone\":\"W. Europe Standard Time\"}"));

        activity.GetProperty("timeZone").GetString().ShouldBe("Europe/Berlin");
    }

    [Fact]
    public async Task Given_a_strength_workout_When_recording_it_Then_exercises_and_total_volume_come_back()
    {
        var client = await app.CreateAthleteClientAsync();
        var body = ActivityApi.Run("""
            {"sport":"strength","distanceMeters":null,"elevationGainMeters":null,"exercises":[
              {"name":"Back squat","sets":[{"reps":5,"weightKg":100,"restSeconds":180},{"reps":5,"weightKg":110}]},
              {"name":"Pull-up","sets":[{"reps":8,"weightKg":0}]}]}
            """);

        var activity = await client.RecordAsync(body);

        activity.GetProperty("totalVolumeKg").GetDouble().ShouldBe(1050);
        var exercises = activity.GetProperty("exercises");
        exercises.GetArrayLength().ShouldBe(2);
        exercises[0].GetProperty("name").GetString().ShouldBe("Back squat");
        exercises[0].GetProperty("sets")[0].GetProperty("restSeconds").GetInt32().ShouldBe(180);
        exercises[1].GetProperty("volumeKg").GetDouble().ShouldBe(0);
        var read = await (await client.GetAsync($"{ActivityApi.Url}/{activity.IdOf()}")).JsonAsync();
        read.GetProperty("totalVolumeKg").GetDouble().ShouldBe(1050);
        read.GetProperty("exercises")[0].GetProperty("sets").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Given_a_recorded_activity_When_the_transaction_committed_Then_an_ActivityRecorded_event_is_in_the_training_outbox()
    {
        var client = await app.CreateAthleteClientAsync();

        var activity = await client.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""));

        var payloads = await app.OutboxPayloadsAsync("ActivityRecorded", activity.IdOf());
        var payload = JsonDocument.Parse(payloads.ShouldHaveSingleItem()).RootElement;
        payload.GetProperty("athleteId").GetGuid().ShouldBe(activity.GetProperty("athleteId").GetGuid());
        payload.GetProperty("distanceMeters").GetDouble().ShouldBe(10000);
        payload.GetProperty("elapsedSeconds").GetInt32().ShouldBe(3000);
        payload.GetProperty("movingSeconds").GetInt32().ShouldBe(2900);
    }

    [Fact]
    public async Task Given_a_recorded_activity_When_the_dispatcher_runs_Then_its_ActivityRecorded_event_is_delivered_and_marked_processed()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.RecordAsync(ActivityApi.Run())).IdOf();
        var text = id.ToString();

        var processedAt = await Polling.UntilAsync(
            () => app.Services.QueryAsync<TrainingDbContext, DateTime?>(db => db.Set<OutboxMessage>()
                .Where(m => m.Type.Contains("ActivityRecorded") && m.Payload.Contains(text)).Select(m => m.ProcessedAt).SingleAsync()),
            value => value is not null,
            because: "the outbox dispatcher delivers the event");

        processedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_an_Idempotency_Key_When_the_same_activity_is_posted_twice_Then_the_first_201_is_replayed_and_one_activity_exists()
    {
        var client = await app.CreateAthleteClientAsync();
        var body = ActivityApi.Run();
        var key = Guid.NewGuid().ToString();

        var first = await SendWithKeyAsync(client, key, body);
        var second = await SendWithKeyAsync(client, key, body);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await app.CountActivitiesAsync(body["title"]!.GetValue<string>())).ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_Idempotency_Key_already_used_When_another_activity_is_posted_with_it_Then_422()
    {
        var client = await app.CreateAthleteClientAsync();
        var key = Guid.NewGuid().ToString();
        (await SendWithKeyAsync(client, key, ActivityApi.Run())).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await SendWithKeyAsync(client, key, ActivityApi.Run());

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Given_no_token_When_recording_Then_401()
    {
        var response = await app.CreateClient().PostActivityAsync(ActivityApi.Run());

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static Task<HttpResponseMessage> SendWithKeyAsync(HttpClient client, string key, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ActivityApi.Url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}

public sealed class RecordActivityTests_Sqlite(SqliteApp app) : RecordActivityTests(app), IClassFixture<SqliteApp>;

public sealed class RecordActivityTests_Postgres(PostgresApp app) : RecordActivityTests(app), IClassFixture<PostgresApp>;
