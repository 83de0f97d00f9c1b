using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Recorded activities complete planned workouts through Training's own activity events (outbox → inbox).</summary>
public abstract class PlanCompletionTests(OperatorApp app)
{
    [Fact]
    public async Task Given_a_planned_run_today_When_the_athlete_records_a_run_Then_it_is_done_by_that_run_and_adherence_counts_it()
    {
        var athlete = await EnrolledAthleteAsync(PlanApi.TodayUtc.AddDays(-7));

        var run = (await athlete.RecordAsync(PlanApi.RunToday())).IdOf();

        var workout = await athlete.WaitForWorkoutStatusAsync(PlanApi.TodayUtc, "done");
        workout.GetProperty("activityId").GetGuid().ShouldBe(run);
        var plan = await athlete.CurrentPlanAsync();
        plan.GetProperty("done").GetInt32().ShouldBe(1);
        plan.GetProperty("missed").GetInt32().ShouldBe(7);
        plan.GetProperty("adherencePercent").GetInt32().ShouldBe(13);
        plan.GetProperty("weeks")[1].GetProperty("adherencePercent").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task Given_a_run_that_completed_a_workout_When_it_is_deleted_Then_the_workout_is_planned_again()
    {
        var athlete = await EnrolledAthleteAsync(PlanApi.TodayUtc);
        var run = (await athlete.RecordAsync(PlanApi.RunToday())).IdOf();
        await athlete.WaitForWorkoutStatusAsync(PlanApi.TodayUtc, "done");

        (await athlete.DeleteAsync($"{ActivityApi.Url}/{run}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var workout = await athlete.WaitForWorkoutStatusAsync(PlanApi.TodayUtc, "planned");
        workout.GetProperty("activityId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_a_ride_and_then_a_trail_run_on_a_planned_run_day_Then_the_trail_run_completes_it()
    {
        var athlete = await EnrolledAthleteAsync(PlanApi.TodayUtc);
        await athlete.RecordAsync(PlanApi.RunToday("cycling"));

        var trail = (await athlete.RecordAsync(PlanApi.RunToday("trailRunning"))).IdOf();

        var workout = await athlete.WaitForWorkoutStatusAsync(PlanApi.TodayUtc, "done");
        workout.GetProperty("activityId").GetGuid().ShouldBe(trail);
    }

    [Fact]
    public async Task Given_a_run_that_completed_a_workout_When_its_sport_becomes_cycling_Then_the_workout_is_planned_again()
    {
        var athlete = await EnrolledAthleteAsync(PlanApi.TodayUtc);
        var run = (await athlete.RecordAsync(PlanApi.RunToday())).IdOf();
        await athlete.WaitForWorkoutStatusAsync(PlanApi.TodayUtc, "done");

        (await athlete.PatchAsJsonAsync($"{ActivityApi.Url}/{run}", new { sport = "cycling" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await athlete.WaitForWorkoutStatusAsync(PlanApi.TodayUtc, "planned");
    }

    [Fact]
    public async Task Given_a_run_recorded_before_enrolling_When_enrolling_from_a_past_date_Then_that_days_workout_is_done_at_once()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var templateId = await operatorClient.CreateTemplateAsync(PlanApi.DailyRuns(weeks: 1));
        var athlete = await app.CreateAthleteClientAsync();
        var run = (await athlete.RecordAsync(PlanApi.RunToday())).IdOf();

        var plan = await athlete.EnrolOkAsync(templateId, PlanApi.TodayUtc.AddDays(-1));

        var workout = plan.WorkoutOn(PlanApi.TodayUtc);
        workout.GetProperty("status").GetString().ShouldBe("done");
        workout.GetProperty("activityId").GetGuid().ShouldBe(run);
    }

    private async Task<HttpClient> EnrolledAthleteAsync(DateOnly start)
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var templateId = await operatorClient.CreateTemplateAsync(PlanApi.DailyRuns(weeks: 2));
        var athlete = await app.CreateAthleteClientAsync();
        await athlete.EnrolOkAsync(templateId, start);
        return athlete;
    }
}

public sealed class PlanCompletionTests_Sqlite(SqliteOperatorApp app) : PlanCompletionTests(app), IClassFixture<SqliteOperatorApp>;

public sealed class PlanCompletionTests_Postgres(PostgresOperatorApp app) : PlanCompletionTests(app), IClassFixture<PostgresOperatorApp>;
