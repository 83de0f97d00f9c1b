using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Tcx;
using FitnessApp.Modules.Devices.Tests.Files.Gpx;

namespace FitnessApp.Modules.Devices.Tests.Files.Tcx;

public sealed class TcxDocumentTests
{
    private const string Root = "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">";

    [Fact]
    public void Given_a_lap_with_two_tracks_and_TPX_watts_When_parsed_Then_the_gap_is_a_pause_and_power_is_read()
    {
        var xml = Root + """
            <Activities><Activity Sport="Biking"><Id>2024-05-01T06:00:00Z</Id>
              <Lap StartTime="2024-05-01T06:00:00Z"><TotalTimeSeconds>20</TotalTimeSeconds><DistanceMeters>100</DistanceMeters><Cadence>85</Cadence>
                <Track>
                  <Trackpoint><Time>2024-05-01T06:00:00Z</Time><Cadence>84</Cadence><Extensions><ns3:TPX><ns3:Speed>7.5</ns3:Speed><ns3:Watts>210</ns3:Watts></ns3:TPX></Extensions></Trackpoint>
                  <Trackpoint><Time>2024-05-01T06:00:10Z</Time></Trackpoint>
                </Track>
                <Track>
                  <Trackpoint><Time>2024-05-01T06:02:00Z</Time></Trackpoint>
                </Track>
              </Lap>
            </Activity></Activities></TrainingCenterDatabase>
            """;

        var activity = new TcxParser().Parse(Documents.Of(xml)).ShouldHaveSingleItem();

        activity.Samples.Count.ShouldBe(3);
        activity.Samples[0].Power.ShouldBe(210);
        activity.Samples[0].Speed.ShouldBe(7.5);
        activity.Samples[0].Cadence.ShouldBe(84);
        activity.Laps[0].AverageCadence.ShouldBe(85);
        var pause = activity.Pauses.ShouldHaveSingleItem();
        pause.Start.ShouldBe(new DateTimeOffset(2024, 5, 1, 6, 0, 10, TimeSpan.Zero));
        pause.End.ShouldBe(new DateTimeOffset(2024, 5, 1, 6, 2, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Given_a_trackpoint_with_Cadence_and_TPX_RunCadence_and_a_lap_with_Cadence_and_LX_AvgRunCadence_When_parsed_Then_the_first_of_each_is_kept_and_the_reader_moves_on()
    {
        // Both forms at once used to stop the reader on the second one (the ??= skipped reading it): an endless loop.
        var xml = Root + """
            <Activities><Activity Sport="Running"><Id>2024-05-01T06:00:00Z</Id>
              <Lap StartTime="2024-05-01T06:00:00Z"><Cadence>80</Cadence>
                <Track>
                  <Trackpoint><Time>2024-05-01T06:00:00Z</Time><Cadence>84</Cadence><Extensions><ns3:TPX><ns3:RunCadence>90</ns3:RunCadence><ns3:RunCadence>91</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>
                  <Trackpoint><Time>2024-05-01T06:00:10Z</Time><Extensions><ns3:TPX><ns3:RunCadence>88</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>
                </Track>
                <Extensions><ns3:LX><ns3:AvgRunCadence>86</ns3:AvgRunCadence></ns3:LX></Extensions>
              </Lap>
            </Activity></Activities></TrainingCenterDatabase>
            """;

        var activity = Should.CompleteIn(() => new TcxParser().Parse(Documents.Of(xml)), TimeSpan.FromSeconds(30)).ShouldHaveSingleItem();

        activity.Samples.Select(s => s.Cadence).ShouldBe([84, 88]);
        activity.Laps.ShouldHaveSingleItem().AverageCadence.ShouldBe(80);
    }

    [Fact]
    public void Given_no_activity_When_parsed_Then_refused_as_no_activity()
    {
        Documents.Refused(new TcxParser(), Root + "<Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>")
            .Code.ShouldBe("tcx.noActivity");
    }

    [Fact]
    public void Given_an_activity_without_trackpoints_When_parsed_Then_refused_as_no_trackpoints()
    {
        Documents.Refused(new TcxParser(), Root + "<Activities><Activity Sport=\"Running\"><Id>2024-05-01T06:00:00Z</Id><Lap StartTime=\"2024-05-01T06:00:00Z\"><TotalTimeSeconds>60</TotalTimeSeconds></Lap></Activity></Activities></TrainingCenterDatabase>")
            .Code.ShouldBe("tcx.noTrackpoints");
    }

    [Fact]
    public void Given_a_GPX_file_When_parsed_as_TCX_Then_refused_as_not_the_claimed_format()
    {
        using var gpx = Corpus.Open("gpx/korita-zbevnica.gpx");

        Should.Throw<ActivityFileException>(() => new TcxParser().Parse(gpx)).Code.ShouldBe("file.notClaimedFormat");
    }

    [Theory]
    [InlineData("<Trackpoint><Time>2024-05-01T06:00:00Z</Time><HeartRateBpm><Value>251</Value></HeartRateBpm></Trackpoint>", "heart rate")]
    [InlineData("<Trackpoint><Time>2024-05-01T06:00:00Z</Time><DistanceMeters>-5</DistanceMeters></Trackpoint>", "distance")]
    [InlineData("<Trackpoint><Time>2024-05-01T06:00:00Z</Time><Position><LatitudeDegrees>95</LatitudeDegrees><LongitudeDegrees>1</LongitudeDegrees></Position></Trackpoint>", "latitude")]
    public void Given_an_absurd_trackpoint_value_When_parsed_Then_refused_naming_the_trackpoint(string trackpoint, string what)
    {
        var xml = Root + $"<Activities><Activity Sport=\"Running\"><Lap StartTime=\"2024-05-01T06:00:00Z\"><Track>{trackpoint}</Track></Lap></Activity></Activities></TrainingCenterDatabase>";

        var refusal = Documents.Refused(new TcxParser(), xml);

        refusal.Code.ShouldBe("file.absurdValue");
        refusal.Message.ShouldContain(what);
        refusal.Message.ShouldContain("trackpoint 1 of activity 1");
    }

    [Fact]
    public void Given_a_negative_lap_distance_When_parsed_Then_refused_naming_the_lap()
    {
        var xml = Root + "<Activities><Activity Sport=\"Running\"><Lap StartTime=\"2024-05-01T06:00:00Z\"><DistanceMeters>-1</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>";

        Documents.Refused(new TcxParser(), xml).Message.ShouldContain("lap 1 of activity 1");
    }

    [Fact]
    public void Given_truncated_XML_When_parsed_Then_refused_as_malformed()
    {
        Documents.Refused(new TcxParser(), Root + "<Activities><Activity Sport=\"Running\"><Lap>").Code.ShouldBe("xml.malformed");
    }
}
