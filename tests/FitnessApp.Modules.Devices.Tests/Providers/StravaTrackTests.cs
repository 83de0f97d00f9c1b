using System.Text.Json;
using FitnessApp.Modules.Devices.Providers.Strava;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Tests.Providers;

public sealed class StravaTrackTests
{
    private const string Streams = """
        {
          "time": { "data": [0, 1, 3], "series_type": "distance", "original_size": 3, "resolution": "high" },
          "latlng": { "data": [[52.5, 13.4], [52.50003, 13.40001], [52.50009, 13.40003]] },
          "distance": { "data": [0.0, 3.4, 10.2] },
          "altitude": { "data": [34.2, 34.4, 35.0] },
          "heartrate": { "data": [120, 122, 125] },
          "cadence": { "data": [84, 85, 86] },
          "watts": { "data": [200, 210, 220] },
          "temp": { "data": [18, 18, 19] },
          "velocity_smooth": { "data": [0.0, 3.4, 3.4] }
        }
        """;

    private static readonly DateTimeOffset Start = new(2026, 11, 20, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Given_streams_keyed_by_type_When_mapped_Then_each_time_entry_is_a_sample_with_every_channel_at_its_index()
    {
        using var json = JsonDocument.Parse(Streams);

        var samples = StravaTrack.Samples(Start, StravaStreams.Parse(json.RootElement));

        samples.Count.ShouldBe(3);
        samples.Select(s => s.Time).ShouldBe([Start, Start.AddSeconds(1), Start.AddSeconds(3)]);
        var last = samples[2];
        last.Latitude.ShouldBe(52.50009);
        last.Longitude.ShouldBe(13.40003);
        last.Distance.ShouldBe(10.2);
        last.Altitude.ShouldBe(35.0);
        last.HeartRate.ShouldBe(125);
        last.Cadence.ShouldBe(86);
        last.Power.ShouldBe(220);
        last.Temperature.ShouldBe(19);
        last.Speed.ShouldBe(3.4);
    }

    [Fact]
    public void Given_a_stream_shorter_than_time_When_mapped_Then_that_channel_is_left_out_rather_than_misaligned()
    {
        using var json = JsonDocument.Parse("""{ "time": { "data": [0, 1, 2] }, "heartrate": { "data": [120, 121] }, "altitude": { "data": [5, 6, 7] } }""");

        var samples = StravaTrack.Samples(Start, StravaStreams.Parse(json.RootElement));

        samples.Count.ShouldBe(3);
        samples.ShouldAllBe(s => s.HeartRate == null && s.Latitude == null);
        samples.Select(s => s.Altitude).ShouldBe([5.0, 6.0, 7.0]);
    }

    [Fact]
    public void Given_an_activity_without_a_time_stream_When_turned_into_a_command_Then_there_is_nothing_to_record()
    {
        using var json = JsonDocument.Parse("""{ "distance": { "data": [0, 5] } }""");
        var activity = new StravaActivity(1, "Manual", "Run", "Run", Start, null, 5000, null, null);

        StravaTrack.ToCommand(Guid.NewGuid(), activity, StravaStreams.Parse(json.RootElement), ownerOnly: true).ShouldBeNull();
    }

    [Fact]
    public void Given_an_owner_only_activity_When_turned_into_a_command_Then_it_is_private_owner_only_with_the_providers_totals()
    {
        using var json = JsonDocument.Parse(Streams);
        var athlete = Guid.NewGuid();
        var activity = new StravaActivity(42, "Morning Ride", "Ride", "GravelRide", Start, "(GMT+01:00) Europe/Berlin", 10.2, 321, "Garmin Edge 530");

        var command = StravaTrack.ToCommand(athlete, activity, StravaStreams.Parse(json.RootElement), ownerOnly: true)!;

        command.AthleteId.ShouldBe(athlete);
        command.Sport.ShouldBe(Sport.Cycling);
        command.TimeZone.ShouldBe("Europe/Berlin");
        command.Title.ShouldBe("Morning Ride");
        command.OwnerOnly.ShouldBeTrue();
        command.Visibility.ShouldBe(Visibility.Private);
        command.DeviceName.ShouldBe("Garmin Edge 530");
        command.DeviceCalories.ShouldBe(321);
        command.DeviceDistanceMeters.ShouldBe(10.2);
        command.Samples.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("(GMT+01:00) Europe/Berlin", "Europe/Berlin")]
    [InlineData("(GMT-08:00) America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("(GMT+00:00) Nowhere/Atlantis", "Etc/UTC")]
    [InlineData(null, "Etc/UTC")]
    [InlineData("", "Etc/UTC")]
    public void Given_Stravas_time_zone_text_When_read_Then_the_IANA_id_or_UTC(string? text, string expected)
    {
        StravaTrack.TimeZoneOf(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Run", Sport.Running)]
    [InlineData("TrailRun", Sport.TrailRunning)]
    [InlineData("VirtualRide", Sport.IndoorCycling)]
    [InlineData("MountainBikeRide", Sport.Cycling)]
    [InlineData("Swim", Sport.OpenWaterSwimming)]
    [InlineData("Kitesurf", Sport.Other)]
    [InlineData(null, Sport.Other)]
    public void Given_Stravas_sport_type_When_mapped_Then_our_sport(string? sportType, Sport expected)
    {
        StravaTrack.SportOf(sportType).ShouldBe(expected);
    }
}
