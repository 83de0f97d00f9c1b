using System.Globalization;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Tests.Files.Fit;

/// <summary>
/// Every record equals the row the FIT SDK's dump tool wrote for it. The tool writes PDT times, an invalid
/// cadence as 0 and an invalid position as the last valid one; the comparison undoes exactly that.
/// </summary>
public sealed class FitRecordsCsvTests
{
    private const double Tolerance = 1e-9;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("garmin-edge-500-activity", 10686)]
    [InlineData("garmin-fenix-5-run", 21)]
    public void Given_a_Garmin_file_When_parsed_Then_every_record_equals_its_CSV_row(string name, int rows)
    {
        var samples = Samples(name + ".fit");
        var csv = Rows(name + "-records.csv");

        csv.Count.ShouldBe(rows);
        samples.Count.ShouldBe(csv.Count);
        (int Lat, int Long)? lastPosition = null;
        for (var i = 0; i < csv.Count; i++)
        {
            var (sample, row) = (samples[i], csv[i]);
            var pdt = DateTime.ParseExact(row[0].Replace(" PDT", "", StringComparison.Ordinal), "ddd MMM dd HH:mm:ss yyyy", Invariant);
            sample.Time.ShouldBe(new DateTimeOffset(pdt, TimeSpan.FromHours(-7)), $"row {i}");
            sample.HeartRate.ShouldBe(Number(row[1]), $"row {i} heart rate");
            (sample.Cadence ?? 0).ShouldBe(Number(row[2])!.Value, $"row {i} cadence");
            Close(sample.Speed, Number(row[3]), Tolerance, $"row {i} speed");
            Close(sample.Distance, Number(row[4]), Tolerance, $"row {i} distance");
            if (sample.Latitude is { } lat && sample.Longitude is { } lon)
            {
                lastPosition = (ToSemicircles(lat), ToSemicircles(lon));
            }

            lastPosition.ShouldNotBeNull($"row {i} position");
            lastPosition.Value.Lat.ShouldBe(int.Parse(row[5], Invariant), $"row {i} latitude");
            lastPosition.Value.Long.ShouldBe(int.Parse(row[6], Invariant), $"row {i} longitude");
            Close(sample.Altitude, Number(row[7]), 1e-6, $"row {i} altitude");
            sample.Temperature.ShouldBe(Number(row[8]), $"row {i} temperature");
        }
    }

    [Fact]
    public void Given_compressed_speed_and_distance_When_parsed_Then_every_record_equals_its_CSV_row()
    {
        var samples = Samples("compressed-speed-distance.fit");
        var csv = Rows("compressed-speed-distance-records.csv");

        // A Forerunner 70 without a clock: its times count from power-on (the CSV shows them raw); the activity's
        // local_timestamp (698,070,063) at its system time 17,221,751 dates them, local time taken as UTC.
        const double LocalOffset = 698_070_063 - 17_221_751;
        csv.Count.ShouldBe(754);
        samples.Count.ShouldBe(csv.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            var (sample, row) = (samples[i], csv[i]);
            (sample.Time - FitProfile.Epoch).TotalSeconds.ShouldBe(double.Parse(row[0], Invariant) + LocalOffset, $"row {i}");
            sample.HeartRate.ShouldBe(Number(row[1]), $"row {i} heart rate");
            Close(sample.Speed, Number(row[2]), Tolerance, $"row {i} speed");
            Close(sample.Distance, Number(row[3]), Tolerance, $"row {i} distance");
            sample.Cadence.ShouldBe(Number(row[4]), $"row {i} cadence");
        }
    }

    private static IReadOnlyList<TrackSample> Samples(string file)
    {
        using var stream = Corpus.Open("fit/" + file);
        return new FitParser().Parse(stream).ShouldHaveSingleItem().Samples;
    }

    private static List<string[]> Rows(string file) =>
        File.ReadLines(Corpus.PathOf("fit/" + file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    private static double? Number(string cell) =>
        cell.Length == 0 || cell == "null" ? null : double.Parse(cell, Invariant);

    private static void Close(double? actual, double? expected, double tolerance, string what)
    {
        if (expected is null)
        {
            actual.ShouldBeNull(what);
            return;
        }

        actual.ShouldNotBeNull(what).ShouldBe(expected.Value, tolerance, what);
    }

    private static int ToSemicircles(double degrees) => (int)Math.Round(degrees * (2147483648.0 / 180.0));
}
