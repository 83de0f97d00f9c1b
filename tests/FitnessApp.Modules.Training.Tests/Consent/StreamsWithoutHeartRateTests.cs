using FitnessApp.Modules.Training.Consent;
using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;

namespace FitnessApp.Modules.Training.Tests.Consent;

public sealed class StreamsWithoutHeartRateTests
{
    [Fact]
    public void Given_a_track_with_heart_rate_When_stripped_and_encoded_Then_the_channel_is_gone_and_the_others_survive()
    {
        var track = new TrackSamples([0, 1, 2]) { HeartRate = [120, 130, 140], Cadence = [80, 82, 84], Altitude = [10, 11, 12] };

        var stripped = StreamsWithoutHeartRate.WithoutHeartRate(track);
        var decoded = StreamCodec.Decode(StreamCodec.Encode(stripped));

        StreamCodec.ChannelsOf(stripped).HasFlag(StreamChannels.HeartRate).ShouldBeFalse();
        decoded.HeartRate.ShouldBeNull();
        decoded.Cadence.ShouldBe([80, 82, 84]);
        decoded.Altitude.ShouldBe([10, 11, 12]);
        decoded.Seconds.ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Given_statistics_with_heart_rate_When_stripped_Then_averages_zones_and_split_heart_rates_are_gone_and_the_rest_stays()
    {
        var zones = new ZonesResponse([100, 120, 140, 160, 180], [60, 60, 60, 60, 60], 0);
        var split = new SplitResponse(1, 1000, 1, 300, 300, 300, 145);
        var statistics = new ActivityStatisticsResponse(
            1000, "positions", 300, 300, 3.3, 4, 300, 10, 5, 40, 50, 145, 170, zones, zones, 170, null, null, null, 12,
            [split], [split], [], 80, "met", 40, "trimp");

        var stripped = StreamsWithoutHeartRate.WithoutHeartRate(statistics);

        stripped.AverageHeartRate.ShouldBeNull();
        stripped.MaxHeartRate.ShouldBeNull();
        stripped.ZonesByMaxHeartRate.ShouldBeNull();
        stripped.ZonesByHeartRateReserve.ShouldBeNull();
        stripped.KilometerSplits.Single().AverageHeartRate.ShouldBeNull();
        stripped.MileSplits.Single().PaceSecondsPerUnit.ShouldBe(300);
        stripped.AverageCadence.ShouldBe(170);
        stripped.TrainingLoad.ShouldBe(40);
    }
}
