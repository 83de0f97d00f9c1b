using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

public abstract class GearTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_new_shoes_without_a_threshold_When_added_Then_201_with_the_800_km_default_and_they_are_listed()
    {
        var owner = await app.CreateAthleteClientAsync();

        var response = await owner.PostAsJsonAsync(GearApi.Url, new { kind = "shoes", name = " Trail shoes ", model = "Speedgoat 6", sports = new[] { "trailRunning", "running" }, initialDistanceMeters = 12000 });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var gear = await response.JsonAsync();
        response.Headers.Location!.ToString().ShouldBe($"{GearApi.Url}/{gear.IdOf()}");
        gear.GetProperty("kind").GetString().ShouldBe("shoes");
        gear.GetProperty("name").GetString().ShouldBe("Trail shoes");
        gear.GetProperty("sports").EnumerateArray().Select(s => s.GetString()).ShouldBe(["running", "trailRunning"]);
        gear.GetProperty("retirementThresholdMeters").GetDouble().ShouldBe(800_000);
        gear.GetProperty("distanceMeters").GetDouble().ShouldBe(12000);
        gear.GetProperty("warning").GetString().ShouldBe("none");
        gear.GetProperty("retired").GetBoolean().ShouldBeFalse();
        var list = await (await owner.GetAsync(GearApi.Url)).JsonAsync();
        list.EnumerateArray().Select(g => g.IdOf()).ShouldBe([gear.IdOf()]);
    }

    [Fact]
    public async Task Given_a_bike_without_a_threshold_When_added_Then_it_has_no_threshold_and_no_warning()
    {
        var owner = await app.CreateAthleteClientAsync();

        var bike = await owner.AddGearAsync(new { kind = "bike", name = "Gravel", initialDistanceMeters = 5_000_000 });

        bike.GetProperty("retirementThresholdMeters").ValueKind.ShouldBe(JsonValueKind.Null);
        bike.GetProperty("wearPercentage").ValueKind.ShouldBe(JsonValueKind.Null);
        bike.GetProperty("warning").GetString().ShouldBe("none");
    }

    [Fact]
    public async Task Given_invalid_fields_When_adding_gear_Then_400_names_each_and_nothing_is_stored()
    {
        var owner = await app.CreateAthleteClientAsync();

        var response = await owner.PostAsJsonAsync(GearApi.Url, new { kind = "skateboard", name = " ", sports = new[] { "running", "chess" }, initialDistanceMeters = -1, retirementThresholdMeters = 0 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["kind", "name", "sports[1]", "initialDistanceMeters", "retirementThresholdMeters"], ignoreOrder: true);
        (await (await owner.GetAsync(GearApi.Url)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_own_gear_When_replaced_with_put_Then_every_field_changes()
    {
        var owner = await app.CreateAthleteClientAsync();
        var shoes = await owner.AddShoesAsync();

        var response = await owner.PutAsJsonAsync($"{GearApi.Url}/{shoes.IdOf()}", new { kind = "other", name = "Poles", brand = "Leki", sports = new[] { "hiking" }, initialDistanceMeters = 100, retirementThresholdMeters = 2000 });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var read = await owner.GetGearAsync(shoes.IdOf());
        read.GetProperty("kind").GetString().ShouldBe("other");
        read.GetProperty("name").GetString().ShouldBe("Poles");
        read.GetProperty("brand").GetString().ShouldBe("Leki");
        read.GetProperty("sports").EnumerateArray().Select(s => s.GetString()).ShouldBe(["hiking"]);
        read.GetProperty("distanceMeters").GetDouble().ShouldBe(100);
        read.GetProperty("wearPercentage").GetDouble().ShouldBe(5);
    }

    [Fact]
    public async Task Given_invalid_fields_When_replacing_gear_Then_400_names_them_and_the_gear_is_unchanged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var shoes = await owner.AddShoesAsync();

        var response = await owner.PutAsJsonAsync($"{GearApi.Url}/{shoes.IdOf()}", new { name = new string('x', 101) });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["kind", "name"], ignoreOrder: true);
        (await owner.GetGearAsync(shoes.IdOf())).GetProperty("name").GetString().ShouldBe("Pegasus 41");
    }

    [Fact]
    public async Task Given_own_shoes_When_retired_and_unretired_Then_the_flag_and_date_follow_and_retired_gear_lists_last()
    {
        var owner = await app.CreateAthleteClientAsync();
        var old = await owner.AddGearAsync(new { kind = "shoes", name = "A old" });
        var current = await owner.AddGearAsync(new { kind = "shoes", name = "B current" });

        var retired = await (await owner.PostAsync($"{GearApi.Url}/{old.IdOf()}/retire", null)).JsonAsync();

        retired.GetProperty("retired").GetBoolean().ShouldBeTrue();
        retired.GetProperty("retiredAt").GetDateTime().ShouldBeInRange(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        (await (await owner.GetAsync(GearApi.Url)).JsonAsync()).EnumerateArray().Select(g => g.IdOf()).ShouldBe([current.IdOf(), old.IdOf()]);
        var back = await (await owner.PostAsync($"{GearApi.Url}/{old.IdOf()}/unretire", null)).JsonAsync();
        back.GetProperty("retired").GetBoolean().ShouldBeFalse();
        back.GetProperty("retiredAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_someone_elses_gear_When_a_stranger_reads_changes_retires_or_deletes_it_Then_404_and_it_is_unchanged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var shoes = await owner.AddShoesAsync();
        var url = $"{GearApi.Url}/{shoes.IdOf()}";

        await (await stranger.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync(url, new { kind = "shoes", name = "Hijacked" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"{url}/retire", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"{url}/unretire", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await stranger.GetAsync(GearApi.Url)).JsonAsync()).GetArrayLength().ShouldBe(0);
        var read = await owner.GetGearAsync(shoes.IdOf());
        read.GetProperty("name").GetString().ShouldBe("Pegasus 41");
        read.GetProperty("retired").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_no_token_When_calling_any_gear_endpoint_Then_401()
    {
        var visitor = app.CreateClient();
        var url = $"{GearApi.Url}/{Guid.CreateVersion7()}";

        await (await visitor.GetAsync(GearApi.Url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.PostAsJsonAsync(GearApi.Url, new { kind = "shoes", name = "x" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.PutAsJsonAsync(url, new { kind = "shoes", name = "x" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.PostAsync($"{url}/retire", null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.PostAsync($"{url}/unretire", null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class GearTests_Sqlite(SqliteApp app) : GearTests(app), IClassFixture<SqliteApp>;

public sealed class GearTests_Postgres(PostgresApp app) : GearTests(app), IClassFixture<PostgresApp>;
