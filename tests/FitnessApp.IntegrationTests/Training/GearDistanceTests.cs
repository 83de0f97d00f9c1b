using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Gear's accumulated distance follows the activities that name it, and an activity may name only its owner's gear.</summary>
public abstract class GearDistanceTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_shoes_with_a_threshold_When_activities_are_recorded_and_deleted_Then_distance_and_warnings_follow()
    {
        var owner = await app.CreateAthleteClientAsync();
        var shoes = await owner.AddShoesAsync(thresholdMeters: 20_000, initialMeters: 5_000);
        var id = shoes.IdOf();

        var first = await owner.RecordAsync(ActivityApi.Run($$"""{"gearId":"{{id}}","distanceMeters":13000}"""));
        var afterFirst = await owner.GetGearAsync(id);
        afterFirst.GetProperty("distanceMeters").GetDouble().ShouldBe(18_000);
        afterFirst.GetProperty("activityCount").GetInt32().ShouldBe(1);
        afterFirst.GetProperty("wearPercentage").GetDouble().ShouldBe(90);
        afterFirst.GetProperty("warning").GetString().ShouldBe("nearRetirement");

        await owner.RecordAsync(ActivityApi.Run($$"""{"gearId":"{{id}}","distanceMeters":2000}"""));
        (await owner.GetGearAsync(id)).GetProperty("warning").GetString().ShouldBe("retirementDue");

        (await owner.DeleteAsync($"{ActivityApi.Url}/{first.IdOf()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var afterDelete = await owner.GetGearAsync(id);
        afterDelete.GetProperty("distanceMeters").GetDouble().ShouldBe(7_000);
        afterDelete.GetProperty("warning").GetString().ShouldBe("none");
    }

    [Fact]
    public async Task Given_gear_past_its_threshold_When_retired_Then_it_no_longer_warns()
    {
        var owner = await app.CreateAthleteClientAsync();
        var shoes = await owner.AddShoesAsync(thresholdMeters: 1_000, initialMeters: 2_000);
        (await owner.GetGearAsync(shoes.IdOf())).GetProperty("warning").GetString().ShouldBe("retirementDue");

        var retired = await (await owner.PostAsync($"{GearApi.Url}/{shoes.IdOf()}/retire", null)).JsonAsync();

        retired.GetProperty("warning").GetString().ShouldBe("none");
        retired.GetProperty("distanceMeters").GetDouble().ShouldBe(2_000);
    }

    [Fact]
    public async Task Given_an_activity_with_gear_When_patched_Then_gear_changes_an_absent_gearId_keeps_it_and_null_clears_it()
    {
        var owner = await app.CreateAthleteClientAsync();
        var first = await owner.AddShoesAsync();
        var second = await owner.AddShoesAsync();
        var activity = await owner.RecordAsync(ActivityApi.Run($$"""{"gearId":"{{first.IdOf()}}"}"""));
        var url = $"{ActivityApi.Url}/{activity.IdOf()}";

        var moved = await (await owner.PatchAsJsonAsync(url, new { gearId = second.IdOf() })).JsonAsync();
        moved.GetProperty("gearId").GetGuid().ShouldBe(second.IdOf());
        (await owner.GetGearAsync(first.IdOf())).GetProperty("distanceMeters").GetDouble().ShouldBe(0);
        (await owner.GetGearAsync(second.IdOf())).GetProperty("distanceMeters").GetDouble().ShouldBe(10_000);

        var kept = await (await owner.PatchAsJsonAsync(url, new { title = "Only the title" })).JsonAsync();
        kept.GetProperty("gearId").GetGuid().ShouldBe(second.IdOf());

        var cleared = await owner.PatchAsync(url, JsonContent.Create(JsonNode.Parse("""{"gearId":null}""")));
        cleared.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cleared.JsonAsync()).GetProperty("gearId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await (await owner.GetAsync(url)).JsonAsync()).GetProperty("gearId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await owner.GetGearAsync(second.IdOf())).GetProperty("distanceMeters").GetDouble().ShouldBe(0);
    }

    [Fact]
    public async Task Given_someone_elses_or_unknown_gear_When_recording_an_activity_with_it_Then_400_names_gearId_and_nothing_is_stored()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var strangersShoes = await stranger.AddShoesAsync();

        foreach (var gearId in new[] { strangersShoes.IdOf(), Guid.CreateVersion7() })
        {
            var body = ActivityApi.Run($$"""{"gearId":"{{gearId}}"}""");
            var response = await owner.PostActivityAsync(body);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.ErrorKeys().ShouldBe(["gearId"]);
            (await app.CountActivitiesAsync(body["title"]!.GetValue<string>())).ShouldBe(0);
        }

        (await stranger.GetGearAsync(strangersShoes.IdOf())).GetProperty("distanceMeters").GetDouble().ShouldBe(0);
    }

    [Fact]
    public async Task Given_someone_elses_gear_When_patching_an_activity_with_it_Then_400_names_gearId_and_the_activity_keeps_its_gear()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var own = await owner.AddShoesAsync();
        var strangersShoes = await stranger.AddShoesAsync();
        var activity = await owner.RecordAsync(ActivityApi.Run($$"""{"gearId":"{{own.IdOf()}}"}"""));

        var response = await owner.PatchAsJsonAsync($"{ActivityApi.Url}/{activity.IdOf()}", new { gearId = strangersShoes.IdOf(), title = "Not saved" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["gearId"]);
        var read = await (await owner.GetAsync($"{ActivityApi.Url}/{activity.IdOf()}")).JsonAsync();
        read.GetProperty("gearId").GetGuid().ShouldBe(own.IdOf());
        read.GetProperty("title").GetString().ShouldNotBe("Not saved");
    }

    [Fact]
    public async Task Given_gear_used_by_activities_When_deleted_Then_204_and_the_activities_keep_no_gear()
    {
        var owner = await app.CreateAthleteClientAsync();
        var shoes = await owner.AddShoesAsync();
        var activity = await owner.RecordAsync(ActivityApi.Run($$"""{"gearId":"{{shoes.IdOf()}}"}"""));

        var response = await owner.DeleteAsync($"{GearApi.Url}/{shoes.IdOf()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await owner.GetAsync($"{GearApi.Url}/{shoes.IdOf()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await owner.GetAsync($"{ActivityApi.Url}/{activity.IdOf()}")).JsonAsync()).GetProperty("gearId").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}

public sealed class GearDistanceTests_Sqlite(SqliteApp app) : GearDistanceTests(app), IClassFixture<SqliteApp>;

public sealed class GearDistanceTests_Postgres(PostgresApp app) : GearDistanceTests(app), IClassFixture<PostgresApp>;
