using System.Diagnostics;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using Xunit.Abstractions;

namespace FitnessApp.IntegrationTests.Accounts.PersonalData;

/// <summary>How long an export of a busy athlete takes (printed; the bound only catches a pathological slowdown).</summary>
public abstract class ExportVolumeTests(FitnessAppFactory app, ITestOutputHelper output)
{
    private const int Activities = 200;

    [Fact]
    public async Task Given_an_athlete_with_200_activities_and_a_recorded_track_When_exported_Then_every_activity_is_in_the_zip()
    {
        var (athlete, _) = await PersonalDataApi.SeedAsync(app);
        for (var i = 0; i < Activities; i++)
        {
            await athlete.RecordAsync(ActivityApi.Run(start: DateTimeOffset.UtcNow.AddDays(-i - 1)));
        }

        var watch = Stopwatch.StartNew();
        var id = (await athlete.RequestExportAsync()).GetProperty("id").GetGuid();
        var ready = await athlete.ReadyExportAsync(id);
        var elapsed = watch.Elapsed;
        using var zip = await athlete.DownloadAsync(id);

        output.WriteLine($"{app.Database}: {Activities + 2} activities exported in {elapsed.TotalMilliseconds:0} ms (request to ready, polled every 100 ms), " +
            $"zip {ready.GetProperty("sizeBytes").GetInt64()} bytes, {ready.GetProperty("fileCount").GetInt32()} files");
        using var activities = JsonDocument.Parse(zip.GetEntry("Training/activities.json")!.Text());
        activities.RootElement.GetArrayLength().ShouldBe(Activities + 2);
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }
}

public sealed class ExportVolumeTests_Sqlite(SqliteApp app, ITestOutputHelper output) : ExportVolumeTests(app, output), IClassFixture<SqliteApp>;

public sealed class ExportVolumeTests_Postgres(PostgresApp app, ITestOutputHelper output) : ExportVolumeTests(app, output), IClassFixture<PostgresApp>;
