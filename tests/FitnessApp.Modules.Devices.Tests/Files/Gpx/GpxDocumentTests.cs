using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Devices.Files.Tcx;
using FitnessApp.Modules.Devices.Files.Xml;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Tests.Files.Gpx;

/// <summary>Small hand-written documents: the shapes and the attacks the corpus does not hold.</summary>
public sealed class GpxDocumentTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <gpx version="1.1"><trk><name>&lol4;</name></trk></gpx>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE gpx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <gpx version="1.1"><trk><name>&secret;</name></trk></gpx>
        """;

    private const string Gpx10 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.0" creator="eTrex" xmlns="http://www.topografix.com/GPX/1/0">
          <trk><name>Morning run</name><type>Running</type>
            <trkseg>
              <trkpt lat="46.05" lon="14.50"><ele>300</ele><time>2024-05-01T06:00:00Z</time><speed>3.1</speed></trkpt>
              <trkpt lat="46.051" lon="14.50"><ele>301</ele><time>2024-05-01T06:00:10Z</time></trkpt>
            </trkseg>
            <trkseg>
              <trkpt lat="46.052" lon="14.50"><time>2024-05-01T06:05:10Z</time></trkpt>
            </trkseg>
          </trk>
        </gpx>
        """;

    private const string Garmin = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1"
             xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v2"
             xmlns:gpxpx="http://www.garmin.com/xmlschemas/PowerExtension/v1">
          <metadata><name>Ride</name></metadata>
          <trk><type>cycling</type><trkseg>
            <trkpt lat="46.05" lon="14.50"><time>2024-05-01T06:00:00Z</time>
              <extensions>
                <gpxtpx:TrackPointExtension><gpxtpx:atemp>21.5</gpxtpx:atemp><gpxtpx:hr>142</gpxtpx:hr><gpxtpx:cad>88</gpxtpx:cad><gpxtpx:speed>8.2</gpxtpx:speed></gpxtpx:TrackPointExtension>
                <gpxpx:PowerInWatts>231</gpxpx:PowerInWatts>
              </extensions>
            </trkpt>
            <trkpt lat="46.06" lon="14.50"><time>2024-05-01T06:00:01Z</time><extensions><power>250</power></extensions></trkpt>
          </trkseg></trk>
        </gpx>
        """;

    [Fact]
    public void Given_a_billion_laughs_DTD_When_parsed_Then_refused_as_dtd_prohibited()
    {
        Documents.Refused(new GpxParser(), BillionLaughs).Code.ShouldBe("xml.dtdProhibited");
        Documents.Refused(new TcxParser(), BillionLaughs).Code.ShouldBe("xml.dtdProhibited");
    }

    [Fact]
    public void Given_an_external_entity_When_parsed_Then_refused_as_dtd_prohibited_and_nothing_is_read()
    {
        var refusal = Documents.Refused(new GpxParser(), ExternalEntity);

        refusal.Code.ShouldBe("xml.dtdProhibited");
        refusal.Message.ShouldNotContain("root:");
    }

    [Fact]
    public void Given_a_GPX_1_0_file_When_parsed_Then_segments_are_joined_with_a_pause_between_them()
    {
        var activity = new GpxParser().Parse(Documents.Of(Gpx10)).ShouldHaveSingleItem();

        activity.Sport.ShouldBe(Sport.Running);
        activity.Name.ShouldBe("Morning run");
        activity.DeviceName.ShouldBe("eTrex");
        activity.StartTime.ShouldBe(new DateTimeOffset(2024, 5, 1, 6, 0, 0, TimeSpan.Zero));
        activity.Samples.Count.ShouldBe(3);
        activity.Samples[0].Altitude.ShouldBe(300);
        activity.Samples[0].Speed.ShouldBe(3.1);
        activity.Samples[2].Altitude.ShouldBeNull();
        var pause = activity.Pauses.ShouldHaveSingleItem();
        pause.Start.ShouldBe(new DateTimeOffset(2024, 5, 1, 6, 0, 10, TimeSpan.Zero));
        pause.End.ShouldBe(new DateTimeOffset(2024, 5, 1, 6, 5, 10, TimeSpan.Zero));
    }

    [Fact]
    public void Given_two_names_at_the_top_When_parsed_Then_the_first_names_the_file_and_parsing_goes_on()
    {
        // Found by the fuzz test: a second <name> used to be left unread, and the reader never moved on again.
        const string xml = """
            <gpx version="1.0" xmlns="http://www.topografix.com/GPX/1/0"><name>First</name><name>Second</name>
            <trk><trkseg><trkpt lat="47.0" lon="8.5"><time>2026-11-01T08:00:00Z</time></trkpt><trkpt lat="47.001" lon="8.5"><time>2026-11-01T08:01:00Z</time></trkpt></trkseg></trk></gpx>
            """;

        var document = GpxReader.Read(Documents.Of(xml), XmlLimits.Default, CancellationToken.None);

        document.Name.ShouldBe("First");
        document.Tracks.ShouldHaveSingleItem().Segments.ShouldHaveSingleItem().Count.ShouldBe(2);
    }

    [Fact]
    public void Given_Garmin_track_point_extensions_When_parsed_Then_heart_rate_cadence_temperature_power_and_speed_are_read()
    {
        var activity = new GpxParser().Parse(Documents.Of(Garmin)).ShouldHaveSingleItem();

        activity.Sport.ShouldBe(Sport.Cycling);
        activity.Name.ShouldBe("Ride");
        var first = activity.Samples[0];
        first.HeartRate.ShouldBe(142);
        first.Cadence.ShouldBe(88);
        first.Temperature.ShouldBe(21.5);
        first.Power.ShouldBe(231);
        first.Speed.ShouldBe(8.2);
        activity.Samples[1].Power.ShouldBe(250);
        activity.Pauses.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trkseg></trk></gpx>")]
    [InlineData("<gpx><trk>")]
    [InlineData("")]
    [InlineData("not xml at all")]
    public void Given_malformed_XML_When_parsed_Then_refused_as_malformed(string xml)
    {
        var refusal = Documents.Refused(new GpxParser(), xml);

        refusal.Code.ShouldBe("xml.malformed");
        refusal.Message.ShouldContain("well-formed");
    }

    [Fact]
    public void Given_another_XML_root_When_parsed_as_GPX_Then_refused_as_not_the_claimed_format()
    {
        var refusal = Documents.Refused(new GpxParser(), "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>");

        refusal.Code.ShouldBe("file.notClaimedFormat");
        refusal.Message.ShouldContain("<kml>");
    }

    [Theory]
    [InlineData("lat=\"91\" lon=\"2\"", "", "latitude")]
    [InlineData("lat=\"1\" lon=\"2\"", "<extensions><x:TrackPointExtension xmlns:x=\"urn:x\"><x:hr>300</x:hr></x:TrackPointExtension></extensions>", "heart rate")]
    [InlineData("lat=\"abc\" lon=\"2\"", "", "latitude")]
    public void Given_an_absurd_value_When_parsed_Then_refused_naming_the_point(string position, string extensions, string what)
    {
        var xml = $"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"1\"><time>2024-05-01T06:00:00Z</time></trkpt><trkpt {position}><time>2024-05-01T06:00:01Z</time>{extensions}</trkpt></trkseg></trk></gpx>";

        var refusal = Documents.Refused(new GpxParser(), xml);

        refusal.Code.ShouldBe("file.absurdValue");
        refusal.Message.ShouldContain(what);
        refusal.Message.ShouldContain("track 1, point 2");
    }

    [Fact]
    public void Given_points_without_times_When_parsed_Then_refused_as_no_times()
    {
        Documents.Refused(new GpxParser(), "<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"1\"/></trkseg></trk></gpx>").Code.ShouldBe("gpx.noTimes");
    }

    [Fact]
    public void Given_a_document_over_the_character_limit_When_parsed_Then_refused_as_too_large()
    {
        Should.Throw<FitnessApp.Modules.Devices.Files.ActivityFileException>(() => new GpxParser(new XmlLimits(MaxCharacters: 200)).Parse(Documents.Of(Gpx10)))
            .Code.ShouldBe("xml.tooLarge");
    }

    [Fact]
    public void Given_elements_nested_deeper_than_the_limit_When_parsed_Then_refused_as_too_large()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 100)) + string.Concat(Enumerable.Repeat("</x>", 100));
        var xml = $"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"1\"><extensions>{deep}</extensions></trkpt></trkseg></trk></gpx>";

        Documents.Refused(new GpxParser(), xml).Code.ShouldBe("xml.tooLarge");
    }
}
