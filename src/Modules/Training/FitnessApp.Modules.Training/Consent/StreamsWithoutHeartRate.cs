using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using System.Text.Json;

namespace FitnessApp.Modules.Training.Consent;

/// <summary>A stored stream rewritten without its heart-rate channel and without the heart-rate parts of its statistics.</summary>
internal static class StreamsWithoutHeartRate
{
    /// <param name="load">The load computed again without heart rate, replacing the statistics' heart-rate-based one.</param>
    public static void Strip(EntityEntry<ActivityStream> entry, TrainingLoad? load = null)
    {
        var stream = entry.Entity;
        var track = WithoutHeartRate(StreamCodec.Decode(stream.Data));
        entry.Property(s => s.Data).CurrentValue = StreamCodec.Encode(track);
        entry.Property(s => s.Channels).CurrentValue = StreamCodec.ChannelsOf(track);
        if (StreamJson.ReadStatistics(stream.StatisticsJson) is { } statistics)
        {
            var stripped = WithoutHeartRate(statistics);
            if (load is { } recomputed)
            {
                stripped = stripped with
                {
                    TrainingLoad = recomputed.Value,
                    TrainingLoadMethod = JsonNamingPolicy.CamelCase.ConvertName(recomputed.Method.ToString()),
                };
            }

            entry.Property(s => s.StatisticsJson).CurrentValue = JsonSerializer.Serialize(stripped, StreamJson.Options);
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
