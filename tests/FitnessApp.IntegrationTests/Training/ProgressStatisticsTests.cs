using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>GET /stats: totals by sport for the ISO week / month / year of the athlete's local dates, the series, the streaks.</summary>
public abstract class ProgressStatisticsTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_activities_around_a_berlin_week_When_reading_that_week_Then_totals_group_by_local_date_and_sport()
    {
        var client = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        await client.RecordAsync(ActivityApi.Run(start: Utc("2026-09-07T05:00:00Z")));
        await client.RecordAsync(ActivityApi.Run("""{"distanceMeters":5000.0}""", Utc("2026-09-13T21:30:00Z")));
        await client.RecordAsync(ActivityApi.Run("""{"sport":"cycling","calories":500}""", Utc("2026-09-10T06:00:00Z")));
        await client.RecordAsync(ActivityApi.Run(start: Utc("2026-09-13T22:30:00Z")));
        await client.RecordAsync(ActivityApi.Run(start: Utc("2026-09-06T21:30:00Z")));
        await stranger.RecordAsync(ActivityApi.Run(start: Utc("2026-09-08T05:00:00Z")));

        var stats = await client.GetOkAsync($"{ProgressApi.Statistics}?period=week&from=2026-09-09");

        stats.GetProperty("period").GetString().ShouldBe("week");
        var current = stats.GetProperty("current");
        current.GetProperty("start").GetString().ShouldBe("2026-09-07");
        current.GetProperty("end").GetString().ShouldBe("2026-09-13");
        current.GetProperty("total").GetProperty("count").GetInt32().ShouldBe(3);
        var bySport = current.GetProperty("bySport").EnumerateArray().ToDictionary(s => s.GetProperty("sport").GetString()!);
        bySport.Keys.ShouldBe(["running", "cycling"]);
        bySport["running"].GetProperty("count").GetInt32().ShouldBe(2);
        bySport["running"].GetProperty("distanceMeters").GetDouble().ShouldBe(15000, 0.001);
        bySport["running"].GetProperty("movingSeconds").GetInt64().ShouldBe(5800);
        bySport["running"].GetProperty("elevationGainMeters").GetDouble().ShouldBe(170, 0.001);
        bySport["running"].GetProperty("calories").GetInt64().ShouldBe(1440);
        bySport["cycling"].GetProperty("calories").GetInt64().ShouldBe(500);
        var series = stats.GetProperty("series").EnumerateArray().ToList();
        series.Count.ShouldBe(12);
        series[^1].GetProperty("start").GetString().ShouldBe("2026-09-07");
        series[^2].GetProperty("start").GetString().ShouldBe("2026-08-31");
        series[^2].GetProperty("total").GetProperty("count").GetInt32().ShouldBe(1);
        series[0].GetProperty("start").GetString().ShouldBe("2026-06-22");
    }

    [Fact]
    public async Task Given_activities_in_two_years_When_reading_the_year_Then_only_that_years_local_dates_count()
    {
        var client = await app.CreateAthleteClientAsync();
        await client.RecordAsync(ActivityApi.Run(start: Utc("2025-12-31T23:30:00Z")));
        await client.RecordAsync(ActivityApi.Run(start: Utc("2025-12-31T22:30:00Z")));

        var stats = await client.GetOkAsync($"{ProgressApi.Statistics}?period=year&from=2026-06-01");

        stats.GetProperty("current").GetProperty("start").GetString().ShouldBe("2026-01-01");
        stats.GetProperty("current").GetProperty("total").GetProperty("count").GetInt32().ShouldBe(1);
        stats.GetProperty("series")[10].GetProperty("total").GetProperty("count").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_three_days_in_a_row_up_to_yesterday_and_an_older_pair_When_reading_Then_current_and_longest_streaks()
    {
        var client = await app.CreateAthleteClientAsync();
        var today = DateTime.UtcNow.Date;
        foreach (var daysAgo in new[] { 1, 2, 3, 10, 11 })
        {
            await client.RecordAsync(ActivityApi.Run("""{"timeZone":"UTC"}""", new DateTimeOffset(today.AddDays(-daysAgo).AddHours(12), TimeSpan.Zero)));
        }

        var streaks = (await client.GetOkAsync(ProgressApi.Statistics)).GetProperty("streaks");

        streaks.GetProperty("current").GetInt32().ShouldBe(3);
        streaks.GetProperty("longest").GetInt32().ShouldBe(3);
        streaks.GetProperty("lastActiveDate").GetString().ShouldBe(today.AddDays(-1).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Given_a_new_athlete_When_reading_month_statistics_Then_zeros_and_no_streak()
    {
        var client = await app.CreateAthleteClientAsync();

        var stats = await client.GetOkAsync($"{ProgressApi.Statistics}?period=month&from=2026-03-15");

        stats.GetProperty("current").GetProperty("start").GetString().ShouldBe("2026-03-01");
        stats.GetProperty("current").GetProperty("end").GetString().ShouldBe("2026-03-31");
        stats.GetProperty("current").GetProperty("total").GetProperty("count").GetInt32().ShouldBe(0);
        stats.GetProperty("streaks").GetProperty("current").GetInt32().ShouldBe(0);
        stats.GetProperty("streaks").GetProperty("longest").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("?period=day", "period")]
    [InlineData("?period=week&from=2026-13-01", "from")]
    [InlineData("?from=09/01/2026", "from")]
    public async Task Given_an_invalid_query_When_reading_statistics_Then_400_names_the_parameter(string query, string field)
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.GetAsync(ProgressApi.Statistics + query);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    [Theory]
    [InlineData(ProgressApi.Statistics)]
    [InlineData(ProgressApi.Records)]
    [InlineData(ProgressApi.Fitness)]
    [InlineData(ProgressApi.Recommendation)]
    public async Task Given_no_token_When_reading_progress_Then_401(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static DateTimeOffset Utc(string value) => DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class ProgressStatisticsTests_Sqlite(SqliteApp app) : ProgressStatisticsTests(app), IClassFixture<SqliteApp>;

public sealed class ProgressStatisticsTests_Postgres(PostgresApp app) : ProgressStatisticsTests(app), IClassFixture<PostgresApp>;
