using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>GET /fitness and GET /recommendation.</summary>
public abstract class ProgressFitnessTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_run_before_the_range_and_one_in_it_When_reading_fitness_Then_the_series_decays_the_whole_history()
    {
        var client = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var first = (await client.RecordAsync(ActivityApi.Run(start: new DateTimeOffset(2026, 9, 1, 6, 0, 0, TimeSpan.Zero)))).LoadOf();
        var second = (await client.RecordAsync(ActivityApi.Run("""{"perceivedEffort":8}""", new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero)))).LoadOf();
        await stranger.RecordAsync(ActivityApi.Run(start: new DateTimeOffset(2026, 10, 1, 7, 0, 0, TimeSpan.Zero)));

        var fitness = await client.GetOkAsync($"{ProgressApi.Fitness}?from=2026-10-01&to=2026-10-03");

        var days = fitness.GetProperty("days").EnumerateArray().ToList();
        days.Select(d => d.GetProperty("date").GetString()).ShouldBe(["2026-10-01", "2026-10-02", "2026-10-03"]);
        days[0].GetProperty("load").GetDouble().ShouldBe(second, 0.051);
        days[1].GetProperty("load").GetDouble().ShouldBe(0);
        var l1 = first;
        var l2 = days[0].GetProperty("load").GetDouble();
        double Ewma(double k, int after) => ((l1 * k * Math.Pow(1 - k, 30)) + (l2 * k)) * Math.Pow(1 - k, after);
        for (var i = 0; i < 3; i++)
        {
            var fit = Ewma(ProgressApi.FitnessFactor, i);
            var fat = Ewma(ProgressApi.FatigueFactor, i);
            days[i].GetProperty("fitness").GetDouble().ShouldBe(fit, 0.01 * l1 / 100 + 0.01);
            days[i].GetProperty("fatigue").GetDouble().ShouldBe(fat, 0.01 * l1 / 100 + 0.01);
            days[i].GetProperty("form").GetDouble().ShouldBe(fit - fat, 0.03);
        }
    }

    [Fact]
    public async Task Given_no_range_When_reading_fitness_Then_the_last_90_days_ending_today()
    {
        var client = await app.CreateAthleteClientAsync();

        var fitness = await client.GetOkAsync(ProgressApi.Fitness);

        var days = fitness.GetProperty("days");
        days.GetArrayLength().ShouldBe(90);
        days[89].GetProperty("date").GetString().ShouldBe(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        days[89].GetProperty("fitness").GetDouble().ShouldBe(0);
    }

    [Theory]
    [InlineData("?from=2026-10-02&to=2026-10-01", "to")]
    [InlineData("?from=2020-01-01&to=2023-01-02", "to")]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?to=2026-02-30", "to")]
    public async Task Given_an_invalid_range_When_reading_fitness_Then_400_names_the_parameter(string query, string field)
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.GetAsync(ProgressApi.Fitness + query);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    [Fact]
    public async Task Given_exactly_three_years_When_reading_fitness_Then_200()
    {
        var client = await app.CreateAthleteClientAsync();

        var fitness = await client.GetOkAsync($"{ProgressApi.Fitness}?from=2023-01-01&to=2026-01-01");

        fitness.GetProperty("days").GetArrayLength().ShouldBe(1097);
    }

    [Fact]
    public async Task Given_a_new_athlete_When_asking_for_a_recommendation_Then_easy_because_no_recent_training()
    {
        var client = await app.CreateAthleteClientAsync();

        var recommendation = await client.GetOkAsync(ProgressApi.Recommendation);

        recommendation.GetProperty("intensity").GetString().ShouldBe("easy");
        recommendation.GetProperty("reason").GetString().ShouldBe("noRecentTraining");
        recommendation.GetProperty("date").GetString().ShouldBe(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        recommendation.GetProperty("lastDays").GetArrayLength().ShouldBe(7);
    }

    [Fact]
    public async Task Given_a_two_hour_hard_session_today_When_asking_for_a_recommendation_Then_rest_with_its_load()
    {
        var client = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddMinutes(1), TimeSpan.Zero);
        var load = (await client.RecordAsync(ActivityApi.Run("""{"timeZone":"UTC","elapsedSeconds":7200,"movingSeconds":7200,"perceivedEffort":9}""", start))).LoadOf();
        await stranger.RecordAsync(ActivityApi.Run("""{"timeZone":"UTC"}""", start.AddDays(-1)));

        var recommendation = await client.GetOkAsync(ProgressApi.Recommendation);

        recommendation.GetProperty("intensity").GetString().ShouldBe("rest");
        recommendation.GetProperty("reason").GetString().ShouldBe("trainedHardToday");
        recommendation.GetProperty("todayLoad").GetDouble().ShouldBe(load, 0.051);
        recommendation.GetProperty("last7DaysLoad").GetDouble().ShouldBe(0);
        recommendation.GetProperty("fitness").GetDouble().ShouldBe(0);
    }

    [Fact]
    public async Task Given_hard_sessions_on_each_of_the_last_two_days_of_an_untrained_athlete_When_asking_Then_rest_as_very_fatigued()
    {
        var client = await app.CreateAthleteClientAsync();
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        foreach (var daysAgo in new[] { 1, 2 })
        {
            await client.RecordAsync(ActivityApi.Run("""{"timeZone":"UTC","elapsedSeconds":5400,"movingSeconds":5400,"perceivedEffort":8}""", today.AddDays(-daysAgo).AddHours(8)));
        }

        var recommendation = await client.GetOkAsync(ProgressApi.Recommendation);

        recommendation.GetProperty("lastDays")[6].GetProperty("load").GetDouble().ShouldBeGreaterThan(50);
        recommendation.GetProperty("form").GetDouble().ShouldBeLessThan(-30);
        recommendation.GetProperty("intensity").GetString().ShouldBe("rest");
        recommendation.GetProperty("reason").GetString().ShouldBe("veryFatigued");
    }
}

public sealed class ProgressFitnessTests_Sqlite(SqliteApp app) : ProgressFitnessTests(app), IClassFixture<SqliteApp>;

public sealed class ProgressFitnessTests_Postgres(PostgresApp app) : ProgressFitnessTests(app), IClassFixture<PostgresApp>;
