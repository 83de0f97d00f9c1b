using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

public abstract class ChangeActivityTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_an_own_activity_When_patching_some_fields_Then_only_those_change_and_ActivityUpdated_is_in_the_outbox()
    {
        var owner = await app.CreateAthleteClientAsync();
        var created = await owner.RecordAsync(ActivityApi.Run());
        var id = created.IdOf();
        var gear = (await owner.AddShoesAsync()).IdOf();

        var response = await owner.PatchAsJsonAsync($"{ActivityApi.Url}/{id}", new { title = "Renamed", sport = "trailRunning", visibility = "public", gearId = gear, notes = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var updated = await response.JsonAsync();
        updated.GetProperty("title").GetString().ShouldBe("Renamed");
        updated.GetProperty("sport").GetString().ShouldBe("trailRunning");
        updated.GetProperty("visibility").GetString().ShouldBe("public");
        updated.GetProperty("gearId").GetGuid().ShouldBe(gear);
        updated.GetProperty("notes").ValueKind.ShouldBe(JsonValueKind.Null);
        updated.GetProperty("distanceMeters").GetDouble().ShouldBe(10000);
        var read = await (await owner.GetAsync($"{ActivityApi.Url}/{id}")).JsonAsync();
        read.GetProperty("title").GetString().ShouldBe("Renamed");
        var payload = JsonDocument.Parse((await app.OutboxPayloadsAsync("ActivityUpdated", id)).ShouldHaveSingleItem()).RootElement;
        payload.GetProperty("visibility").GetInt32().ShouldBe(0, "the outbox stores Visibility.Public");
    }

    [Fact]
    public async Task Given_a_run_with_a_distance_When_its_sport_is_patched_to_yoga_Then_400_names_sport_and_nothing_changes()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run())).IdOf();

        var response = await owner.PatchAsJsonAsync($"{ActivityApi.Url}/{id}", new { sport = "yoga", title = "Not saved" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["sport"]);
        (await (await owner.GetAsync($"{ActivityApi.Url}/{id}")).JsonAsync()).GetProperty("sport").GetString().ShouldBe("running");
        (await app.OutboxPayloadsAsync("ActivityUpdated", id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_invalid_fields_When_patching_Then_400_names_each()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run())).IdOf();

        var response = await owner.PatchAsJsonAsync($"{ActivityApi.Url}/{id}", new { title = " ", visibility = "friends", sport = "chess" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["title", "visibility", "sport"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_someone_elses_public_activity_When_a_stranger_patches_it_Then_404_and_it_is_unchanged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var created = await owner.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""));

        var response = await stranger.PatchAsJsonAsync($"{ActivityApi.Url}/{created.IdOf()}", new { title = "Hijacked" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await owner.GetAsync($"{ActivityApi.Url}/{created.IdOf()}")).JsonAsync()).GetProperty("title").GetString()
            .ShouldBe(created.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Given_an_own_strength_workout_When_deleting_it_Then_204_it_is_gone_and_ActivityDeleted_is_in_the_outbox()
    {
        var owner = await app.CreateAthleteClientAsync();
        var body = ActivityApi.Run("""{"sport":"strength","distanceMeters":null,"exercises":[{"name":"Deadlift","sets":[{"reps":3,"weightKg":140}]}]}""");
        var id = (await owner.RecordAsync(body)).IdOf();

        var response = await owner.DeleteAsync($"{ActivityApi.Url}/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetAsync($"{ActivityApi.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CountActivitiesAsync(body["title"]!.GetValue<string>())).ShouldBe(0);
        (await app.OutboxPayloadsAsync("ActivityDeleted", id)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Given_someone_elses_public_activity_When_a_stranger_deletes_it_Then_404_and_it_still_exists()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""))).IdOf();

        var response = await stranger.DeleteAsync($"{ActivityApi.Url}/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await owner.GetAsync($"{ActivityApi.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.OutboxPayloadsAsync("ActivityDeleted", id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_no_token_When_patching_or_deleting_Then_401()
    {
        var visitor = app.CreateClient();
        var url = $"{ActivityApi.Url}/{Guid.CreateVersion7()}";

        await (await visitor.PatchAsJsonAsync(url, new { title = "x" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class ChangeActivityTests_Sqlite(SqliteApp app) : ChangeActivityTests(app), IClassFixture<SqliteApp>;

public sealed class ChangeActivityTests_Postgres(PostgresApp app) : ChangeActivityTests(app), IClassFixture<PostgresApp>;
