using FitnessApp.Modules.Training.Activities.GetActivityStreams;
using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;
using Xunit.Abstractions;

namespace FitnessApp.Modules.Training.Tests.Streams;

public sealed class StreamCodecTests(ITestOutputHelper output)
{
    /// <summary>A 3-hour 1 Hz ride with every channel and realistic noise.</summary>
    private static TrackSamples FullTrack(int count = 10_800)
    {
        var random = new Random(42);
        double Noise(double amplitude) => (random.NextDouble() - 0.5) * 2 * amplitude;
        var seconds = new double[count];
        var lat = new double[count];
        var lon = new double[count];
        var alt = new double[count];
        var dist = new double[count];
        var hr = new double[count];
        var cad = new double[count];
        var power = new double[count];
        var speed = new double[count];
        var temp = new double[count];
        for (var i = 0; i < count; i++)
        {
            seconds[i] = i;
            speed[i] = 8 + Noise(1.5);
            dist[i] = i == 0 ? 0 : dist[i - 1] + speed[i];
            lat[i] = 52.5 + (dist[i] / 111_320) + Noise(2e-6);
            lon[i] = 13.4 + Math.Sin(i / 500.0) * 0.01 + Noise(2e-6);
            alt[i] = 100 + (30 * Math.Sin(i / 900.0)) + Noise(0.5);
            hr[i] = Math.Round(140 + (15 * Math.Sin(i / 600.0)) + Noise(3));
            cad[i] = Math.Round(88 + Noise(6));
            power[i] = Math.Round(210 + Noise(60));
            temp[i] = Math.Round(18 + (i / 3600.0) + Noise(0.2), 1);
        }

        return new TrackSamples(seconds)
        {
            Latitude = lat, Longitude = lon, Altitude = alt, Distance = dist, HeartRate = hr,
            Cadence = cad, Power = power, Speed = speed, Temperature = temp,
        };
    }

    [Fact]
    public void Every_channel_round_trips_within_half_its_quantum()
    {
        var track = FullTrack(2_000);

        var decoded = StreamCodec.Decode(StreamCodec.Encode(track));

        decoded.Count.ShouldBe(track.Count);
        ShouldMatch(decoded.Seconds, track.Seconds, 0.0005);
        ShouldMatch(decoded.Latitude, track.Latitude, 0.5e-7 + 1e-12);
        ShouldMatch(decoded.Longitude, track.Longitude, 0.5e-7 + 1e-12);
        ShouldMatch(decoded.Altitude, track.Altitude, 0.005 + 1e-9);
        ShouldMatch(decoded.Distance, track.Distance, 0.005 + 1e-9);
        ShouldMatch(decoded.HeartRate, track.HeartRate, 0);
        ShouldMatch(decoded.Cadence, track.Cadence, 0);
        ShouldMatch(decoded.Power, track.Power, 0);
        ShouldMatch(decoded.Speed, track.Speed, 0.0005 + 1e-9);
        ShouldMatch(decoded.Temperature, track.Temperature, 0.05 + 1e-9);
    }

    [Fact]
    public void Missing_values_stay_missing_and_unrecorded_channels_are_omitted()
    {
        var track = new TrackSamples([0, 1.5, 0.75, 3])
        {
            HeartRate = [120, double.NaN, 130, double.NaN],
            Altitude = [double.NaN, double.NaN, double.NaN, double.NaN],
        };

        var decoded = StreamCodec.Decode(StreamCodec.Encode(track));

        StreamCodec.ChannelsOf(track).ShouldBe(StreamChannels.HeartRate);
        decoded.Seconds.ShouldBe([0, 1.5, 0.75, 3]);
        decoded.HeartRate.ShouldNotBeNull();
        decoded.HeartRate[0].ShouldBe(120);
        double.IsNaN(decoded.HeartRate[1]).ShouldBeTrue();
        decoded.HeartRate[2].ShouldBe(130);
        double.IsNaN(decoded.HeartRate[3]).ShouldBeTrue();
        decoded.Altitude.ShouldBeNull();
        decoded.Latitude.ShouldBeNull();
        decoded.Power.ShouldBeNull();
    }

    [Fact]
    public void Negative_values_and_large_jumps_round_trip()
    {
        var track = new TrackSamples([0, 1, 2]) { Latitude = [-89.9999999, 89.9999999, 0], Longitude = [-180, 180, -0.0000001] };

        var decoded = StreamCodec.Decode(StreamCodec.Encode(track));

        ShouldMatch(decoded.Latitude, track.Latitude, 1e-9);
        ShouldMatch(decoded.Longitude, track.Longitude, 1e-9);
    }

    [Fact]
    public void An_unknown_version_is_refused()
    {
        var data = StreamCodec.Encode(new TrackSamples([0, 1]));
        data[0] = 99;

        Should.Throw<InvalidDataException>(() => StreamCodec.Decode(data));
    }

    [Fact]
    public void A_three_hour_1_Hz_track_with_every_channel_fits_in_under_160_KB()
    {
        var track = FullTrack();

        var data = StreamCodec.Encode(track);

        output.WriteLine($"{track.Count} samples, all channels: {data.Length} bytes ({data.Length / (double)track.Count:F1} B/sample)");
        data.Length.ShouldBeLessThan(160_000);
        StreamCodec.Decode(data).Count.ShouldBe(track.Count);
    }

    [Fact]
    public void Downsampling_keeps_the_first_and_last_points_and_at_most_the_resolution()
    {
        var track = FullTrack(1_001);

        var response = ActivityStreamsResponse.From(track, 100);

        response.SampleCount.ShouldBe(1_001);
        response.PointCount.ShouldBe(100);
        response.Time[0].ShouldBe(0);
        response.Time[^1].ShouldBe(1_000);
        ActivityStreamsResponse.From(track, null).PointCount.ShouldBe(1_001);
    }

    private static void ShouldMatch(double[]? actual, double[]? expected, double tolerance)
    {
        actual.ShouldNotBeNull();
        expected.ShouldNotBeNull();
        actual.Length.ShouldBe(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Math.Abs(actual[i] - expected[i]).ShouldBeLessThanOrEqualTo(tolerance, $"index {i}");
        }
    }
}
