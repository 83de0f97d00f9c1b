using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Enrolling in a plan, reading it with adherence, leaving it; one plan at a time, each athlete only their own.</summary>
public abstract class PlanEnrolmentTests(OperatorApp app)
{
    [Fact]
    public async Task Given_the_5km_plan_When_an_athlete_enrols_on_a_Monday_Then_its_24_runs_land_on_Mondays_Wednesdays_and_Saturdays()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var monday = NextMonday(PlanApi.TodayUtc);

        var response = await athlete.EnrolAsync(PlanApi.FiveKilometreBeginnerId, monday);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldBe(PlanApi.Current);
        var plan = await athlete.CurrentPlanAsync();
        plan.GetProperty("templateId").GetGuid().ShouldBe(PlanApi.FiveKilometreBeginnerId);
        plan.GetProperty("startDate").GetString().ShouldBe(monday.ToString("yyyy-MM-dd"));
        plan.GetProperty("endDate").GetString().ShouldBe(monday.AddDays(55).ToString("yyyy-MM-dd"));
        var dates = plan.GetProperty("workouts").EnumerateArray().Select(w => DateOnly.Parse(w.GetProperty("date").GetString()!)).ToList();
        dates.Count.ShouldBe(24);
        dates.Take(3).ShouldBe([monday, monday.AddDays(2), monday.AddDays(5)]);
        dates[^1].ShouldBe(monday.AddDays(54));
        plan.GetProperty("workouts").EnumerateArray().ShouldAllBe(w => w.GetProperty("status").GetString() == "planned");
        plan.GetProperty("weeks").GetArrayLength().ShouldBe(8);
        plan.GetProperty("adherencePercent").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_a_plan_started_a_week_ago_When_reading_it_Then_last_week_is_missed_with_0_percent()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var templateId = await operatorClient.CreateTemplateAsync(PlanApi.DailyRuns(weeks: 2));
        var athlete = await app.CreateAthleteClientAsync();

        await athlete.EnrolOkAsync(templateId, PlanApi.TodayUtc.AddDays(-7));

        var plan = await athlete.CurrentPlanAsync();
        var week1 = plan.GetProperty("weeks")[0];
        week1.GetProperty("missed").GetInt32().ShouldBe(7);
        week1.GetProperty("adherencePercent").GetInt32().ShouldBe(0);
        plan.GetProperty("weeks")[1].GetProperty("adherencePercent").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        plan.WorkoutOn(PlanApi.TodayUtc).GetProperty("status").GetString().ShouldBe("planned");
        plan.GetProperty("missed").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task Given_an_active_plan_When_enrolling_again_Then_409()
    {
        var athlete = await app.CreateAthleteClientAsync();
        await athlete.EnrolOkAsync(PlanApi.TenKilometreId, PlanApi.TodayUtc);

        var response = await athlete.EnrolAsync(PlanApi.StrengthId, PlanApi.TodayUtc);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await athlete.CurrentPlanAsync()).GetProperty("templateId").GetGuid().ShouldBe(PlanApi.TenKilometreId);
    }

    [Fact]
    public async Task Given_an_athlete_with_a_plan_When_another_athlete_reads_or_leaves_their_current_plan_Then_404_and_the_plan_is_untouched()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        await owner.EnrolOkAsync(PlanApi.StrengthId, PlanApi.TodayUtc);

        await (await stranger.GetAsync(PlanApi.Current)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync(PlanApi.Current)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await owner.CurrentPlanAsync()).GetProperty("templateId").GetGuid().ShouldBe(PlanApi.StrengthId);
    }

    [Fact]
    public async Task Given_a_start_date_8_days_ago_and_no_template_When_enrolling_Then_400_names_both_fields()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.PostAsJsonAsync(PlanApi.Enrolments, new { startDate = PlanApi.TodayUtc.AddDays(-8).ToString("yyyy-MM-dd") });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["templateId", "startDate"], ignoreOrder: true);
        await (await athlete.GetAsync(PlanApi.Current)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_start_date_7_days_ago_When_enrolling_Then_201()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.EnrolAsync(PlanApi.FiveKilometreBeginnerId, PlanApi.TodayUtc.AddDays(-7));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_an_unknown_or_unpublished_template_When_enrolling_Then_404()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var draft = await operatorClient.CreateTemplateAsync(PlanApi.DailyRuns(published: false));
        var athlete = await app.CreateAthleteClientAsync();

        await (await athlete.EnrolAsync(Guid.CreateVersion7(), PlanApi.TodayUtc)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.EnrolAsync(draft, PlanApi.TodayUtc)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_plan_started_a_week_ago_When_the_athlete_leaves_it_Then_upcoming_workouts_go_and_past_ones_stay_on_the_calendar()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var templateId = await operatorClient.CreateTemplateAsync(PlanApi.DailyRuns(weeks: 2));
        var athlete = await app.CreateAthleteClientAsync();
        var start = PlanApi.TodayUtc.AddDays(-7);
        await athlete.EnrolOkAsync(templateId, start);

        var response = await athlete.DeleteAsync(PlanApi.Current);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await athlete.GetAsync(PlanApi.Current)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var planned = new List<DateOnly>();
        foreach (var month in new[] { start, PlanApi.TodayUtc.AddDays(7) }.Select(d => d.ToString("yyyy-MM")).Distinct())
        {
            var calendar = await (await athlete.GetAsync($"{PlanApi.Calendar}?month={month}")).JsonAsync();
            planned.AddRange(calendar.GetProperty("days").EnumerateArray()
                .Where(d => d.GetProperty("plannedWorkouts").GetArrayLength() > 0)
                .Select(d => DateOnly.Parse(d.GetProperty("date").GetString()!)));
        }

        planned.Distinct().Order().ShouldBe(Enumerable.Range(0, 7).Select(i => start.AddDays(i)));
        (await athlete.EnrolAsync(PlanApi.StrengthId, PlanApi.TodayUtc)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_no_plan_When_leaving_Then_404()
    {
        var athlete = await app.CreateAthleteClientAsync();

        await (await athlete.DeleteAsync(PlanApi.Current)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_visitor_without_token_When_they_call_the_enrolment_endpoints_Then_401()
    {
        var visitor = app.CreateClient();

        await (await visitor.EnrolAsync(PlanApi.FiveKilometreBeginnerId, PlanApi.TodayUtc)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.GetAsync(PlanApi.Current)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.DeleteAsync(PlanApi.Current)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static DateOnly NextMonday(DateOnly day) => day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
}

public sealed class PlanEnrolmentTests_Sqlite(SqliteOperatorApp app) : PlanEnrolmentTests(app), IClassFixture<SqliteOperatorApp>;

public sealed class PlanEnrolmentTests_Postgres(PostgresOperatorApp app) : PlanEnrolmentTests(app), IClassFixture<PostgresOperatorApp>;
