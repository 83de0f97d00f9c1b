using System.Xml.Linq;
using FitnessApp.Modules.Devices.Exports;
using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Tests.Imports;

public sealed class GpxWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 6, 30, 0, TimeSpan.Zero);

    private static readonly ActivityTrack Track = new(Guid.NewGuid(), "Morning & ride <1>", Sport.Cycling, Start, "Europe/Berlin", "Edge 530",
    [
        new TrackSample(Start, 47.1234567, 8.7654321, 410.25, 0, 120, 85, 210, 8.3, 14.5),
        new TrackSample(Start.AddSeconds(1.5), 47.1235, 8.7655, null, 12, 121, null, null, null, null),
        new TrackSample(Start.AddSeconds(3), null, null, null, 24, 122, 86, 220, null, 14.4),
        new TrackSample(Start.AddSeconds(4), 47.1236, 8.7656, 411, 36, null, null, 230, null, null),
    ]);

    [Fact]
    public async Task Given_a_track_When_written_Then_it_is_GPX_1_1_with_the_positioned_points_and_Garmin_extensions()
    {
        var document = XDocument.Parse(await WriteAsync(Track));

        XNamespace gpx = GpxWriter.Gpx;
        XNamespace tpx = GpxWriter.TrackPointExtension;
        XNamespace pwr = GpxWriter.PowerExtension;
        document.Root!.Name.ShouldBe(gpx + "gpx");
        document.Root.Attribute("version")!.Value.ShouldBe("1.1");
        document.Root.Element(gpx + "trk")!.Element(gpx + "name")!.Value.ShouldBe("Morning & ride <1>");
        var points = document.Descendants(gpx + "trkpt").ToList();
        points.Count.ShouldBe(3);
        points[0].Attribute("lat")!.Value.ShouldBe("47.1234567");
        points[0].Attribute("lon")!.Value.ShouldBe("8.7654321");
        points[0].Element(gpx + "ele")!.Value.ShouldBe("410.25");
        points[0].Element(gpx + "time")!.Value.ShouldBe("2026-05-01T06:30:00Z");
        points[0].Descendants(tpx + "hr").Single().Value.ShouldBe("120");
        points[0].Descendants(tpx + "cad").Single().Value.ShouldBe("85");
        points[0].Descendants(tpx + "atemp").Single().Value.ShouldBe("14.5");
        points[0].Descendants(pwr + "PowerInWatts").Single().Value.ShouldBe("210");
        points[1].Element(gpx + "time")!.Value.ShouldBe("2026-05-01T06:30:01.500Z");
        points[1].Element(gpx + "ele").ShouldBeNull();
        points[2].Descendants(tpx + "TrackPointExtension").ShouldBeEmpty();
        points[2].Descendants(pwr + "PowerInWatts").Single().Value.ShouldBe("230");
    }

    [Fact]
    public async Task Given_a_written_track_When_parsed_by_our_GPX_parser_Then_the_values_come_back()
    {
        using var written = new MemoryStream();
        await GpxWriter.WriteAsync(Track, written, CancellationToken.None);
        written.Position = 0;

        var activity = new GpxParser().Parse(written).ShouldHaveSingleItem();

        activity.Sport.ShouldBe(Sport.Cycling);
        activity.Name.ShouldBe("Morning & ride <1>");
        activity.Samples.Count.ShouldBe(3);
        activity.Samples[0].ShouldBe(new TrackSample(Start, 47.1234567, 8.7654321, 410.25, null, 120, 85, 210, null, 14.5));
        activity.Samples[1].Time.ShouldBe(Start.AddSeconds(1.5));
        activity.Samples[2].Power.ShouldBe(230);
    }

    [Fact]
    public void Given_a_track_without_positions_Then_it_has_nothing_for_GPX() =>
        GpxWriter.HasPositions(Track with { Samples = [new TrackSample(Start, HeartRate: 100), new TrackSample(Start.AddSeconds(1), HeartRate: 101)] }).ShouldBeFalse();

    private static async Task<string> WriteAsync(ActivityTrack track)
    {
        using var output = new MemoryStream();
        await GpxWriter.WriteAsync(track, output, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
