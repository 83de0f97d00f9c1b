using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FitnessApp.IntegrationTests.Devices.Imports;

/// <summary>
/// One workout (tests/corpus/generated/running-1s, written by Garmin's FIT SDK encoder, and the same run as GPX and TCX)
/// imported through the API in each format gives the same activity statistics in Training, within the tolerances
/// documented in docs/performance.md ("Activity files: peers").
/// </summary>
public abstract class SameWorkoutImportTests(FitnessAppFactory app, ITestOutputHelper output)
{
    private const double DistanceTolerance = 0.5;

    private async Task<JsonElement> StatisticsOfImportAsync(string extension)
    {
        // One athlete per format: the same run from the same device would rightly be a duplicate (409) for one athlete.
        var athlete = await app.CreateAthleteClientAsync();
        var import = await athlete.ImportedAsync("running-1s" + extension, ImportCorpus.Bytes("generated/running-1s" + extension));
        var activity = await athlete.ActivityAsync(import.FirstActivityId());
        output.WriteLine($"{extension}: {activity.GetProperty("statistics")}");
        return activity;
    }

    [Fact]
    public async Task Given_the_same_run_as_FIT_GPX_and_TCX_When_each_is_imported_Then_Training_shows_the_same_statistics()
    {
        var fit = await StatisticsOfImportAsync(".fit");
        var gpx = await StatisticsOfImportAsync(".gpx");
        var tcx = await StatisticsOfImportAsync(".tcx");

        var expected = fit.GetProperty("statistics");
        expected.GetProperty("elapsedSeconds").GetDouble().ShouldBe(1500);
        foreach (var (format, activity) in new[] { ("gpx", gpx), ("tcx", tcx) })
        {
            activity.GetProperty("sport").GetString().ShouldBe("running", format);
            activity.GetProperty("startTime").GetDateTime().ShouldBe(fit.GetProperty("startTime").GetDateTime(), format);
            var actual = activity.GetProperty("statistics");
            Number(actual, "distanceMeters").ShouldBe(Number(expected, "distanceMeters"), DistanceTolerance, format);
            Number(actual, "elapsedSeconds").ShouldBe(Number(expected, "elapsedSeconds"), format);
            Number(actual, "movingSeconds").ShouldBe(Number(expected, "movingSeconds"), format);
            Number(actual, "averageHeartRate").ShouldBe(Number(expected, "averageHeartRate"), 1e-9, format);
            Number(actual, "maxHeartRate").ShouldBe(Number(expected, "maxHeartRate"), format);
            Number(actual, "averageCadence").ShouldBe(Number(expected, "averageCadence"), 1e-9, format);
            Number(actual, "elevationGainMeters").ShouldBe(Number(expected, "elevationGainMeters"), 1e-6, format);
            Number(actual, "elevationLossMeters").ShouldBe(Number(expected, "elevationLossMeters"), 1e-6, format);
            var splits = actual.GetProperty("kilometerSplits").EnumerateArray().ToList();
            var expectedSplits = expected.GetProperty("kilometerSplits").EnumerateArray().ToList();
            splits.Count.ShouldBe(expectedSplits.Count, format);
            splits.Count.ShouldBeGreaterThan(1);
        }
    }

    private static double Number(JsonElement statistics, string name) =>
        statistics.GetProperty(name).ValueKind == JsonValueKind.Number
            ? statistics.GetProperty(name).GetDouble()
            : throw new ShouldAssertException($"{name} is {statistics.GetProperty(name)}");
}

public sealed class SameWorkoutImportTests_Sqlite(SqliteApp app, ITestOutputHelper output)
    : SameWorkoutImportTests(app, output), IClassFixture<SqliteApp>;

public sealed class SameWorkoutImportTests_Postgres(PostgresApp app, ITestOutputHelper output)
    : SameWorkoutImportTests(app, output), IClassFixture<PostgresApp>;
