using System.Text.Json;
using FitnessApp.Modules.Devices.Tests.Files;

namespace FitnessApp.Modules.Devices.Tests.Generated;

/// <summary>
/// What Garmin's own decoder (@garmin/fitsdk) read from a file that Garmin's encoder wrote: the
/// <c>*.expected.json</c> beside each file of <c>tests/corpus/generated/</c>, made by build/peers/fit/generate.mjs.
/// </summary>
internal sealed record GarminExpectation(
    string File,
    int Bytes,
    int FitFiles,
    Dictionary<string, int> MessageCounts,
    IReadOnlyList<GarminSummary> Sessions,
    IReadOnlyList<GarminSummary> Laps,
    IReadOnlyList<GarminTimerEvent> TimerEvents,
    GarminDeveloperFields DeveloperFields,
    IReadOnlyList<GarminRecord> Records)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IEnumerable<string> GeneratedFiles =>
        Directory.GetFiles(Corpus.PathOf("generated"), "*.fit").Select(Path.GetFileName).Order()!;

    public static string PathOf(string fitFile) => Corpus.PathOf(Path.Combine("generated", fitFile));

    public static GarminExpectation Of(string fitFile)
    {
        var json = System.IO.File.ReadAllText(PathOf(Path.ChangeExtension(fitFile, ".expected.json")));
        return JsonSerializer.Deserialize<GarminExpectation>(json, Options)!;
    }
}

internal sealed record GarminSummary(
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    string? Sport,
    string? SubSport,
    double? TotalElapsedTime,
    double? TotalTimerTime,
    double? TotalDistance,
    double? TotalCalories,
    double? AvgHeartRate,
    double? MaxHeartRate,
    double? AvgCadence,
    double? MaxCadence,
    int? NumLaps,
    double? PoolLength);

internal sealed record GarminTimerEvent(DateTimeOffset Time, string Type);

internal sealed record GarminDeveloperFields(IReadOnlyList<GarminFieldDescription> Descriptions, int RecordsWithDeveloperData);

internal sealed record GarminFieldDescription(int Index, string Name, int BaseType);

internal sealed record GarminRecord(
    DateTimeOffset Time,
    double? Lat,
    double? Lon,
    double? Altitude,
    double? Distance,
    double? HeartRate,
    double? Cadence,
    double? Power,
    double? Speed,
    double? Temperature);
