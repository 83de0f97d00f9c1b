using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

public abstract class RecordActivityValidationTests(FitnessAppFactory app)
{
    [Theory]
    [InlineData("""{"sport":"swimming"}""", "sport")]
    [InlineData("""{"sport":"3"}""", "sport")]
    [InlineData("""{"sport":"running,cycling"}""", "sport")]
    [InlineData("""{"sport":null}""", "sport")]
    [InlineData("""{"distanceMeters":-1}""", "distanceMeters")]
    [InlineData("""{"movingSeconds":3001}""", "movingSeconds")]
    [InlineData("""{"elapsedSeconds":0,"movingSeconds":null}""", "elapsedSeconds")]
    [InlineData("""{"elapsedSeconds":604801,"movingSeconds":100}""", "elapsedSeconds")]
    [InlineData("""{"averageHeartRate":19}""", "averageHeartRate")]
    [InlineData("""{"maxHeartRate":251}""", "maxHeartRate")]
    [InlineData("""{"averageHeartRate":160,"maxHeartRate":150}""", "maxHeartRate")]
    [InlineData("""{"perceivedEffort":0}""", "perceivedEffort")]
    [InlineData("""{"perceivedEffort":11}""", "perceivedEffort")]
    [InlineData("""{"startTime":"__FUTURE__"}""", "startTime")]
    [InlineData("""{"timeZone":"Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"visibility":"friends"}""", "visibility")]
    [InlineData("""{"sport":"yoga","elevationGainMeters":null}""", "distanceMeters")]
    [InlineData("""{"exercises":[{"name":"Squat","sets":[{"reps":5,"weightKg":100}]}]}""", "exercises")]
    [InlineData("""{"sport":"strength","distanceMeters":null,"exercises":[{"name":"Squat","sets":[{"reps":0,"weightKg":100}]}]}""", "exercises[0].sets[0].reps")]
    [InlineData("""{"sport":"strength","distanceMeters":null,"exercises":[{"name":"Squat","sets":[{"reps":5,"weightKg":-1}]}]}""", "exercises[0].sets[0].weightKg")]
    public async Task Given_one_invalid_field_When_recording_Then_400_names_that_field_and_nothing_is_stored(string overrides, string field)
    {
        var client = await app.CreateAthleteClientAsync();
        var body = ActivityApi.Run(overrides);

        var response = await client.PostActivityAsync(body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe([field]);
        (await app.CountActivitiesAsync(body["title"]!.GetValue<string>())).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_title_and_notes_over_their_limits_When_recording_Then_400_names_both()
    {
        var client = await app.CreateAthleteClientAsync();
        var body = ActivityApi.Run();
        body["title"] = new string('t', 201);
        body["notes"] = new string('n', 5001);

        var response = await client.PostActivityAsync(body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["title", "notes"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_many_invalid_fields_When_recording_Then_every_failure_is_reported_at_once_and_nothing_is_stored()
    {
        var client = await app.CreateAthleteClientAsync();
        var body = ActivityApi.Run("""{"sport":"unicycling","distanceMeters":-5,"maxHeartRate":300,"perceivedEffort":42,"timeZone":"Nowhere/Land"}""");

        var response = await client.PostActivityAsync(body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["sport", "distanceMeters", "maxHeartRate", "perceivedEffort", "timeZone"], ignoreOrder: true);
        (await app.CountActivitiesAsync(body["title"]!.GetValue<string>())).ShouldBe(0);
    }
}

public sealed class RecordActivityValidationTests_Sqlite(SqliteApp app) : RecordActivityValidationTests(app), IClassFixture<SqliteApp>;

public sealed class RecordActivityValidationTests_Postgres(PostgresApp app) : RecordActivityValidationTests(app), IClassFixture<PostgresApp>;
