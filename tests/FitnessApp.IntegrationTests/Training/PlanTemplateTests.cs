using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>The plan catalogue: seeded plans, operators writing templates, athletes reading published ones.</summary>
public abstract class PlanTemplateTests(OperatorApp app)
{
    [Fact]
    public async Task Given_a_fresh_host_When_an_athlete_lists_templates_Then_the_5km_10km_and_strength_plans_are_published()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var list = await (await athlete.GetAsync(PlanApi.Templates)).JsonAsync();

        var ids = list.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(PlanApi.FiveKilometreBeginnerId);
        ids.ShouldContain(PlanApi.TenKilometreId);
        ids.ShouldContain(PlanApi.StrengthId);
        list.EnumerateArray().ShouldAllBe(t => t.GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task Given_a_started_host_When_the_startup_tasks_run_again_Then_the_seeded_plans_are_not_duplicated()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
            {
                await task.RunAsync(CancellationToken.None);
            }
        }

        var seeded = new[] { PlanApi.FiveKilometreBeginnerId, PlanApi.TenKilometreId, PlanApi.StrengthId };
        var names = await app.Services.QueryAsync<TrainingDbContext, List<string>>(db =>
            db.PlanTemplates.Where(t => seeded.Contains(t.Id) || t.NameEn == "5 km for beginners").Select(t => t.NameEn).ToListAsync());
        names.Count.ShouldBe(3);
        var workouts = await app.Services.QueryAsync<TrainingDbContext, int>(db =>
            db.PlanTemplates.Where(t => t.Id == PlanApi.FiveKilometreBeginnerId).SelectMany(t => t.Workouts).CountAsync());
        workouts.ShouldBe(24);
    }

    [Fact]
    public async Task Given_the_seeded_5km_plan_When_reading_it_Then_it_has_8_weeks_of_3_runs_ending_with_a_5km_run()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var plan = await (await athlete.GetAsync($"{PlanApi.Templates}/{PlanApi.FiveKilometreBeginnerId}")).JsonAsync();

        plan.GetProperty("weeks").GetInt32().ShouldBe(8);
        plan.GetProperty("level").GetString().ShouldBe("beginner");
        var workouts = plan.GetProperty("workouts").EnumerateArray().ToList();
        workouts.Count.ShouldBe(24);
        workouts.ShouldAllBe(w => w.GetProperty("sport").GetString() == "running");
        workouts.GroupBy(w => w.GetProperty("week").GetInt32()).ShouldAllBe(week => week.Count() == 3);
        workouts[^1].GetProperty("distanceMeters").GetDouble().ShouldBe(5000);
        plan.GetProperty("nameRu").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Given_an_operator_When_they_create_a_draft_Then_they_read_it_and_athletes_do_not_see_it()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var athlete = await app.CreateAthleteClientAsync();

        var response = await operatorClient.PostAsJsonAsync(PlanApi.Templates, PlanApi.DailyRuns(published: false));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldEndWith($"{PlanApi.Templates}/{id}");
        var read = await (await operatorClient.GetAsync($"{PlanApi.Templates}/{id}")).JsonAsync();
        read.GetProperty("workouts").GetArrayLength().ShouldBe(14);
        read.GetProperty("published").GetBoolean().ShouldBeFalse();
        (await (await operatorClient.GetAsync(PlanApi.Templates)).JsonAsync()).EnumerateArray().ShouldContain(t => t.GetProperty("id").GetGuid() == id);
        (await (await athlete.GetAsync(PlanApi.Templates)).JsonAsync()).EnumerateArray().ShouldNotContain(t => t.GetProperty("id").GetGuid() == id);
        await (await athlete.GetAsync($"{PlanApi.Templates}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_operator_When_they_replace_a_template_Then_its_fields_and_workouts_are_the_new_ones()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var id = await operatorClient.CreateTemplateAsync(PlanApi.DailyRuns(weeks: 2));
        var replacement = PlanApi.DailyRuns(weeks: 1, name: "Renamed plan");

        var response = await operatorClient.PutAsJsonAsync($"{PlanApi.Templates}/{id}", replacement);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var read = await (await operatorClient.GetAsync($"{PlanApi.Templates}/{id}")).JsonAsync();
        read.GetProperty("nameEn").GetString().ShouldBe("Renamed plan");
        read.GetProperty("weeks").GetInt32().ShouldBe(1);
        read.GetProperty("workouts").GetArrayLength().ShouldBe(7);
    }

    [Fact]
    public async Task Given_an_operator_When_they_delete_a_template_Then_nobody_finds_it_any_more()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var athlete = await app.CreateAthleteClientAsync();
        var id = await operatorClient.CreateTemplateAsync(PlanApi.DailyRuns());

        var response = await operatorClient.DeleteAsync($"{PlanApi.Templates}/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await operatorClient.GetAsync($"{PlanApi.Templates}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{PlanApi.Templates}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.DeleteAsync($"{PlanApi.Templates}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.PutAsJsonAsync($"{PlanApi.Templates}/{id}", PlanApi.DailyRuns())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_athlete_When_they_create_replace_or_delete_a_template_Then_403_and_nothing_changes()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var url = $"{PlanApi.Templates}/{PlanApi.FiveKilometreBeginnerId}";

        await (await athlete.PostAsJsonAsync(PlanApi.Templates, PlanApi.DailyRuns())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PutAsJsonAsync(url, PlanApi.DailyRuns())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var plan = await (await athlete.GetAsync(url)).JsonAsync();
        plan.GetProperty("workouts").GetArrayLength().ShouldBe(24);
    }

    [Fact]
    public async Task Given_a_visitor_without_token_When_they_call_the_template_endpoints_Then_401()
    {
        var visitor = app.CreateClient();

        await (await visitor.GetAsync(PlanApi.Templates)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.GetAsync($"{PlanApi.Templates}/{PlanApi.StrengthId}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.PostAsJsonAsync(PlanApi.Templates, PlanApi.DailyRuns())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_bad_fields_When_an_operator_creates_a_template_Then_400_names_each_field_and_nothing_is_stored()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var body = PlanApi.DailyRuns(weeks: 1, name: $"Broken {Guid.NewGuid():N}");
        body["nameRu"] = "";
        body["sportFocus"] = "parkour";
        body["level"] = "expert";
        var workouts = body["workouts"]!.AsArray();
        workouts[0]!["dayOfWeek"] = "funday";
        workouts[1]!["week"] = 3;
        workouts[2]!["durationSeconds"] = null;
        workouts[3]!["intensity"] = "brutal";
        workouts[4]!["distanceMeters"] = -5;

        var response = await operatorClient.PostAsJsonAsync(PlanApi.Templates, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(
            ["nameRu", "sportFocus", "level", "workouts[0].dayOfWeek", "workouts[1].week", "workouts[2].durationSeconds", "workouts[3].intensity", "workouts[4].distanceMeters"],
            ignoreOrder: true);
        var list = await (await operatorClient.GetAsync(PlanApi.Templates)).JsonAsync();
        list.EnumerateArray().ShouldNotContain(t => t.GetProperty("nameEn").GetString() == body["nameEn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_no_weeks_and_no_workouts_When_an_operator_creates_a_template_Then_400_names_them()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var body = PlanApi.DailyRuns();
        body.Remove("weeks");
        body["workouts"] = null;

        var response = await operatorClient.PostAsJsonAsync(PlanApi.Templates, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["weeks", "workouts"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_a_rest_day_without_duration_When_an_operator_creates_a_template_Then_it_is_accepted()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var body = PlanApi.DailyRuns(weeks: 1);
        var rest = body["workouts"]!.AsArray()[6]!.AsObject();
        rest["intensity"] = "rest";
        rest.Remove("durationSeconds");

        var id = await operatorClient.CreateTemplateAsync(body);

        var read = await (await operatorClient.GetAsync($"{PlanApi.Templates}/{id}")).JsonAsync();
        read.GetProperty("workouts").EnumerateArray().Count(w => w.GetProperty("intensity").GetString() == "rest").ShouldBe(1);
    }
}

public sealed class PlanTemplateTests_Sqlite(SqliteOperatorApp app) : PlanTemplateTests(app), IClassFixture<SqliteOperatorApp>;

public sealed class PlanTemplateTests_Postgres(PostgresOperatorApp app) : PlanTemplateTests(app), IClassFixture<PostgresOperatorApp>;
