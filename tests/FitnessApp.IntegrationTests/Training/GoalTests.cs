using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Goals and their progress; athletes' time zone is UTC until Accounts stores profiles.</summary>
public abstract class GoalTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_runs_this_week_and_last_week_When_listing_a_weekly_running_distance_goal_Then_progress_counts_each_period()
    {
        var owner = await app.CreateAthleteClientAsync();
        var (weekStart, thisWeek) = ThisIsoWeek();
        await owner.RecordAsync(ActivityApi.Run("""{"distanceMeters":12000}""", thisWeek));
        await owner.RecordAsync(ActivityApi.Run("""{"distanceMeters":8000}""", thisWeek));
        await owner.RecordAsync(ActivityApi.Run("""{"sport":"cycling","distanceMeters":50000}""", thisWeek));
        await owner.RecordAsync(ActivityApi.Run("""{"distanceMeters":30000}""", weekStart.AddDays(-2)));
        var created = await owner.AddGoalAsync(new { period = "week", metric = "distance", sport = "running", targetValue = 25000, title = "25 k a week" });

        var goal = (await (await owner.GetAsync(GearApi.GoalsUrl)).JsonAsync()).EnumerateArray().ShouldHaveSingleItem();

        goal.IdOf().ShouldBe(created.IdOf());
        goal.GetProperty("title").GetString().ShouldBe("25 k a week");
        var current = goal.GetProperty("current");
        current.GetProperty("value").GetDouble().ShouldBe(20000);
        current.GetProperty("target").GetDouble().ShouldBe(25000);
        current.GetProperty("percentage").GetDouble().ShouldBe(80);
        current.GetProperty("achieved").GetBoolean().ShouldBeFalse();
        current.GetProperty("startDate").GetString().ShouldBe(DateOnly.FromDateTime(weekStart.UtcDateTime).ToString("yyyy-MM-dd"));
        current.GetProperty("endDate").GetString().ShouldBe(DateOnly.FromDateTime(weekStart.UtcDateTime).AddDays(6).ToString("yyyy-MM-dd"));
        current.GetProperty("daysLeft").GetInt32().ShouldBe(7 - (int)(DateTimeOffset.UtcNow - weekStart).TotalDays);
        var previous = goal.GetProperty("previous");
        previous.GetProperty("value").GetDouble().ShouldBe(30000);
        previous.GetProperty("achieved").GetBoolean().ShouldBeTrue();
        previous.GetProperty("daysLeft").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_activities_of_several_sports_When_a_monthly_count_goal_for_every_sport_is_set_Then_all_count()
    {
        var owner = await app.CreateAthleteClientAsync();
        var now = DateTimeOffset.UtcNow;
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var inMonth = monthStart + (now - monthStart) / 2;
        await owner.RecordAsync(ActivityApi.Run(start: inMonth));
        await owner.RecordAsync(ActivityApi.Run("""{"sport":"yoga","distanceMeters":null}""", inMonth));

        var goal = await owner.AddGoalAsync(new { period = "month", metric = "count", targetValue = 2 });

        goal.GetProperty("sport").ValueKind.ShouldBe(JsonValueKind.Null);
        goal.GetProperty("current").GetProperty("value").GetDouble().ShouldBe(2);
        goal.GetProperty("current").GetProperty("achieved").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_invalid_fields_When_setting_a_goal_Then_400_names_each_and_nothing_is_stored()
    {
        var owner = await app.CreateAthleteClientAsync();

        var response = await owner.PostAsJsonAsync(GearApi.GoalsUrl, new { period = "decade", metric = "calories", sport = "chess", targetValue = -5, title = new string('x', 101) });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["period", "metric", "sport", "targetValue", "title"], ignoreOrder: true);
        (await (await owner.GetAsync(GearApi.GoalsUrl)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_distance_goal_for_yoga_or_a_fractional_count_When_set_Then_400_names_the_field()
    {
        var owner = await app.CreateAthleteClientAsync();

        var yoga = await owner.PostAsJsonAsync(GearApi.GoalsUrl, new { period = "week", metric = "distance", sport = "yoga", targetValue = 1000 });
        var count = await owner.PostAsJsonAsync(GearApi.GoalsUrl, new { period = "week", metric = "count", targetValue = 2.5 });

        (await yoga.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["metric"]);
        (await count.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["targetValue"]);
    }

    [Fact]
    public async Task Given_an_own_goal_When_replaced_and_then_deleted_Then_200_with_new_fields_and_then_204_and_gone()
    {
        var owner = await app.CreateAthleteClientAsync();
        var goal = await owner.AddGoalAsync(new { period = "week", metric = "distance", targetValue = 10000 });
        var url = $"{GearApi.GoalsUrl}/{goal.IdOf()}";

        var replaced = await owner.PutAsJsonAsync(url, new { period = "year", metric = "movingTime", sport = "cycling", targetValue = 360000, title = "100 hours" });

        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await replaced.JsonAsync();
        body.GetProperty("period").GetString().ShouldBe("year");
        body.GetProperty("metric").GetString().ShouldBe("movingTime");
        body.GetProperty("sport").GetString().ShouldBe("cycling");
        body.GetProperty("current").GetProperty("startDate").GetString().ShouldBe($"{DateTime.UtcNow.Year}-01-01");
        (await owner.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await owner.GetAsync(GearApi.GoalsUrl)).JsonAsync()).GetArrayLength().ShouldBe(0);
        await (await owner.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_own_goal_When_replaced_with_invalid_fields_Then_400_names_them_and_it_is_unchanged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var goal = await owner.AddGoalAsync(new { period = "week", metric = "distance", targetValue = 10000 });

        var response = await owner.PutAsJsonAsync($"{GearApi.GoalsUrl}/{goal.IdOf()}", new { period = "week", metric = "distance" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["targetValue"]);
        (await (await owner.GetAsync(GearApi.GoalsUrl)).JsonAsync()).EnumerateArray().ShouldHaveSingleItem().GetProperty("targetValue").GetDouble().ShouldBe(10000);
    }

    [Fact]
    public async Task Given_someone_elses_goal_When_a_stranger_replaces_or_deletes_it_Then_404_and_it_is_unchanged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var goal = await owner.AddGoalAsync(new { period = "week", metric = "count", targetValue = 3 });
        var url = $"{GearApi.GoalsUrl}/{goal.IdOf()}";

        await (await stranger.PutAsJsonAsync(url, new { period = "week", metric = "count", targetValue = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await (await stranger.GetAsync(GearApi.GoalsUrl)).JsonAsync()).GetArrayLength().ShouldBe(0);
        (await (await owner.GetAsync(GearApi.GoalsUrl)).JsonAsync()).EnumerateArray().ShouldHaveSingleItem().GetProperty("targetValue").GetDouble().ShouldBe(3);
    }

    [Fact]
    public async Task Given_no_token_When_calling_any_goal_endpoint_Then_401()
    {
        var visitor = app.CreateClient();
        var url = $"{GearApi.GoalsUrl}/{Guid.CreateVersion7()}";

        await (await visitor.GetAsync(GearApi.GoalsUrl)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.PostAsJsonAsync(GearApi.GoalsUrl, new { period = "week", metric = "count", targetValue = 1 })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.PutAsJsonAsync(url, new { period = "week", metric = "count", targetValue = 1 })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>The start of the current ISO week (UTC) and an instant between it and now.</summary>
    private static (DateTimeOffset WeekStart, DateTimeOffset InWeek) ThisIsoWeek()
    {
        var now = DateTimeOffset.UtcNow;
        var today = new DateTimeOffset(now.Date, TimeSpan.Zero);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (weekStart, weekStart + (now - weekStart) / 2);
    }
}

public sealed class GoalTests_Sqlite(SqliteApp app) : GoalTests(app), IClassFixture<SqliteApp>;

public sealed class GoalTests_Postgres(PostgresApp app) : GoalTests(app), IClassFixture<PostgresApp>;
