using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Devices.Files.Xml;

namespace FitnessApp.Modules.Devices.Tests.Files.Gpx;

/// <summary>The gpxpy corpus against the figures gpxpy 1.5.0 gives (tests/corpus/README.md).</summary>
public sealed class GpxCorpusTests
{
    [Theory]
    [InlineData("korita-zbevnica.gpx", 4, 871, 14_913.7)]
    [InlineData("Mojstrovka.gpx", 1, 184, 2_700.6)]
    [InlineData("cerknicko-jezero-without-elevations.gpx", 8, 296, 4_580.1)]
    [InlineData("track-with-empty-segment.gpx", 1, 9, 85.9)]
    [InlineData("track-with-extremes.gpx", 1, 25, 2_206.0)]
    [InlineData("gpx1.0_with_all_fields.gpx", 2, 1, 0)]
    [InlineData("gpx1.1_with_all_fields.gpx", 2, 1, 0)]
    public void Given_a_corpus_file_When_read_Then_tracks_points_and_2d_length_match_gpxpy(string file, int tracks, int points, double length)
    {
        var document = Read(file);

        document.Tracks.Count.ShouldBe(tracks);
        document.Tracks.Sum(t => t.PointCount).ShouldBe(points);
        // Haversine on a 6,371 km sphere reads 0.11 % shorter than gpxpy's degree length on every file.
        document.Tracks.Sum(GeoLength.Of).ShouldBe(length, Math.Max(0.5, length * 0.002));
    }

    [Fact]
    public void Given_korita_zbevnica_When_parsed_Then_each_timed_track_is_an_activity_and_the_untimed_one_is_left_out()
    {
        var document = Read("korita-zbevnica.gpx");
        var activities = Parse("korita-zbevnica.gpx");

        var timedTracks = document.Tracks.Where(t => t.Segments.SelectMany(s => s).Any(p => p.Time is not null)).ToList();
        document.Tracks[1].Segments.SelectMany(s => s).ShouldAllBe(p => p.Time == null);
        activities.Count.ShouldBe(timedTracks.Count);
        activities.Sum(a => a.Samples.Count).ShouldBe(timedTracks.Sum(t => t.PointCount));
        activities.ShouldAllBe(a => a.Format == "gpx" && a.DeviceName == "GPSBabel - http://www.gpsbabel.org");
        activities[0].StartTime.ShouldBe(activities[0].Samples[0].Time);
    }

    [Fact]
    public void Given_a_file_without_elevation_When_parsed_Then_no_sample_has_an_altitude()
    {
        var activities = Parse("cerknicko-jezero-without-elevations.gpx");

        activities.ShouldNotBeEmpty();
        activities.SelectMany(a => a.Samples).ShouldAllBe(s => s.Altitude == null && s.Latitude != null);
    }

    [Fact]
    public void Given_a_track_with_an_empty_segment_When_parsed_Then_its_nine_points_are_one_activity()
    {
        var activity = Parse("track-with-empty-segment.gpx").ShouldHaveSingleItem();

        activity.Samples.Count.ShouldBe(9);
        Read("track-with-empty-segment.gpx").Tracks[0].Segments.ShouldContain(s => s.Count == 0);
    }

    [Theory]
    [InlineData("Mojstrovka.gpx")]
    [InlineData("track-with-extremes.gpx")]
    public void Given_points_without_real_times_When_parsed_Then_refused_as_no_times(string file)
    {
        var refusal = Should.Throw<ActivityFileException>(() => Parse(file));

        refusal.Code.ShouldBe("gpx.noTimes");
        refusal.Message.ShouldContain("times");
    }

    [Fact]
    public void Given_Mojstrovka_When_read_Then_its_1901_times_count_as_none()
    {
        Read("Mojstrovka.gpx").Tracks[0].Segments.SelectMany(s => s).ShouldAllBe(p => p.Time == null);
    }

    [Theory]
    [InlineData("gpx_with_garmin_extension.gpx")]
    [InlineData("unicode_with_bom.gpx")]
    [InlineData("route.gpx")]
    public void Given_a_file_without_a_track_When_parsed_Then_refused_as_no_track(string file)
    {
        var refusal = Should.Throw<ActivityFileException>(() => Parse(file));

        refusal.Code.ShouldBe("gpx.noTrack");
    }

    [Fact]
    public void Given_unicode_with_a_byte_order_mark_When_read_Then_it_reads()
    {
        Should.NotThrow(() => Read("unicode_with_bom.gpx")).Tracks.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("gpx1.0_with_all_fields.gpx")]
    [InlineData("gpx1.1_with_all_fields.gpx")]
    public void Given_every_field_of_the_schema_When_parsed_Then_the_one_point_is_read_with_its_time_as_utc(string file)
    {
        var activity = Parse(file).ShouldHaveSingleItem();

        var sample = activity.Samples.ShouldHaveSingleItem();
        sample.Latitude.ShouldBe(10.1);
        sample.Longitude.ShouldBe(-20.2);
        sample.Altitude.ShouldBe(11.1);
        sample.Time.ShouldBe(new DateTimeOffset(2013, 1, 1, 12, 0, 4, TimeSpan.Zero));
        activity.Name.ShouldBe("example name t");
    }

    private static GpxDocument Read(string file)
    {
        using var stream = Corpus.Open("gpx/" + file);
        return GpxReader.Read(stream, XmlLimits.Default, CancellationToken.None);
    }

    private static IReadOnlyList<ParsedActivity> Parse(string file)
    {
        using var stream = Corpus.Open("gpx/" + file);
        return new GpxParser().Parse(stream);
    }
}
