using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>The month calendar: whole Monday-first weeks, done activities on their local day, planned workouts, own data only.</summary>
public abstract class CalendarTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_November_2026_When_reading_the_calendar_Then_it_runs_from_Monday_26_October_to_Sunday_6_December()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var calendar = await (await athlete.GetAsync($"{PlanApi.Calendar}?month=2026-11")).JsonAsync();

        calendar.GetProperty("month").GetString().ShouldBe("2026-11");
        calendar.GetProperty("from").GetString().ShouldBe("2026-10-26");
        calendar.GetProperty("to").GetString().ShouldBe("2026-12-06");
        var days = calendar.GetProperty("days").EnumerateArray().ToList();
        days.Count.ShouldBe(42);
        days.Count(d => d.GetProperty("inMonth").GetBoolean()).ShouldBe(30);
        days[0].GetProperty("inMonth").GetBoolean().ShouldBeFalse();
        days[6].GetProperty("date").GetString().ShouldBe("2026-11-01");
    }

    [Fact]
    public async Task Given_an_evening_run_in_UTC_that_is_the_next_morning_in_Tokyo_When_reading_the_calendar_Then_it_is_on_the_Tokyo_day()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var start = new DateTimeOffset(2026, 11, 10, 20, 0, 0, TimeSpan.Zero);
        var run = (await athlete.RecordAsync(ActivityApi.Run("""{"timeZone":"Asia/Tokyo","distanceMeters":8000,"movingSeconds":2400}""", start))).IdOf();

        var calendar = await (await athlete.GetAsync($"{PlanApi.Calendar}?month=2026-11")).JsonAsync();

        var day = calendar.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("activities").GetArrayLength() > 0);
        day.GetProperty("date").GetString().ShouldBe("2026-11-11");
        var activity = day.GetProperty("activities")[0];
        activity.GetProperty("id").GetGuid().ShouldBe(run);
        activity.GetProperty("sport").GetString().ShouldBe("running");
        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(8000);
        activity.GetProperty("movingSeconds").GetInt32().ShouldBe(2400);
    }

    [Fact]
    public async Task Given_another_athletes_activity_and_plan_When_reading_my_calendar_Then_I_see_neither()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        await owner.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""));
        await owner.EnrolOkAsync(PlanApi.FiveKilometreBeginnerId, PlanApi.TodayUtc);

        var calendar = await (await stranger.GetAsync(PlanApi.Calendar)).JsonAsync();

        calendar.GetProperty("days").EnumerateArray()
            .ShouldAllBe(d => d.GetProperty("activities").GetArrayLength() == 0 && d.GetProperty("plannedWorkouts").GetArrayLength() == 0);
    }

    [Fact]
    public async Task Given_an_enrolment_When_reading_this_months_calendar_Then_the_planned_workouts_are_on_their_days()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var plan = await athlete.EnrolOkAsync(PlanApi.StrengthId, PlanApi.TodayUtc);
        var month = PlanApi.TodayUtc.ToString("yyyy-MM");
        var expected = plan.GetProperty("workouts").EnumerateArray().Select(w => w.GetProperty("date").GetString()!)
            .Where(d => d.StartsWith(month, StringComparison.Ordinal)).ToList();

        var calendar = await (await athlete.GetAsync($"{PlanApi.Calendar}?month={month}")).JsonAsync();

        var planned = calendar.GetProperty("days").EnumerateArray()
            .Where(d => d.GetProperty("inMonth").GetBoolean())
            .SelectMany(d => d.GetProperty("plannedWorkouts").EnumerateArray().Select(w => (Date: d.GetProperty("date").GetString()!, Workout: w)))
            .ToList();
        planned.Select(p => p.Date).ShouldBe(expected);
        planned.ShouldAllBe(p => p.Workout.GetProperty("sport").GetString() == "strength" && p.Workout.GetProperty("status").GetString() == "planned");
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("november")]
    [InlineData("2026-1")]
    public async Task Given_a_month_that_is_not_YYYY_MM_When_reading_the_calendar_Then_400_names_month(string month)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.GetAsync($"{PlanApi.Calendar}?month={month}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["month"]);
    }

    [Fact]
    public async Task Given_a_visitor_without_token_When_reading_the_calendar_Then_401()
    {
        var response = await app.CreateClient().GetAsync(PlanApi.Calendar);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class CalendarTests_Sqlite(SqliteApp app) : CalendarTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarTests_Postgres(PostgresApp app) : CalendarTests(app), IClassFixture<PostgresApp>;
