using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using System.Text.Json;

namespace FitnessApp.Modules.Training.Consent;

/// <summary>A stored stream rewritten without its heart-rate channel and without the heart-rate parts of its statistics.</summary>
internal static class StreamsWithoutHeartRate
{
    public static void Strip(EntityEntry<ActivityStream> entry)
    {
        var stream = entry.Entity;
        var track = WithoutHeartRate(StreamCodec.Decode(stream.Data));
        entry.Property(s => s.Data).CurrentValue = StreamCodec.Encode(track);
        entry.Property(s => s.Channels).CurrentValue = StreamCodec.ChannelsOf(track);
        if (StreamJson.ReadStatistics(stream.StatisticsJson) is { } statistics)
        {
            entry.Property(s => s.StatisticsJson).CurrentValue = JsonSerializer.Serialize(WithoutHeartRate(statistics), StreamJson.Options);
        }
    }

    public static TrackSamples WithoutHeartRate(TrackSamples track) => new(track.Seconds)
    {
        StartUtc = track.StartUtc,
        Latitude = track.Latitude,
        Longitude = track.Longitude,
        Altitude = track.Altitude,
        Distance = track.Distance,
        Cadence = track.Cadence,
        Power = track.Power,
        Speed = track.Speed,
        Temperature = track.Temperature,
    };

    public static ActivityStatisticsResponse WithoutHeartRate(ActivityStatisticsResponse statistics) => statistics with
    {
        AverageHeartRate = null,
        MaxHeartRate = null,
        ZonesByMaxHeartRate = null,
        ZonesByHeartRateReserve = null,
        KilometerSplits = statistics.KilometerSplits.Select(s => s with { AverageHeartRate = null }).ToList(),
        MileSplits = statistics.MileSplits.Select(s => s with { AverageHeartRate = null }).ToList(),
    };
}
