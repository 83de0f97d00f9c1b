using System.Text.Json;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Streams;

/// <summary>The statistics computed from an activity's track, as stored and as the API shows them.</summary>
internal sealed record ActivityStatisticsResponse(
    double DistanceMeters,
    string DistanceSource,
    double ElapsedSeconds,
    double MovingSeconds,
    double? AverageSpeed,
    double? MaxSpeed,
    double? AveragePaceSecondsPerKm,
    double? ElevationGainMeters,
    double? ElevationLossMeters,
    double? MinAltitudeMeters,
    double? MaxAltitudeMeters,
    double? AverageHeartRate,
    double? MaxHeartRate,
    ZonesResponse? ZonesByMaxHeartRate,
    ZonesResponse? ZonesByHeartRateReserve,
    double? AverageCadence,
    double? AveragePower,
    double? MaxPower,
    double? NormalizedPowerWatts,
    double? AverageTemperature,
    IReadOnlyList<SplitResponse> KilometerSplits,
    IReadOnlyList<SplitResponse> MileSplits,
    IReadOnlyList<BestEffortResponse> BestEfforts,
    double? Calories,
    string? CaloriesSource,
    double? TrainingLoad,
    string? TrainingLoadMethod)
{
    public static ActivityStatisticsResponse From(TrackStatistics s) => new(
        s.DistanceMeters, Wire(s.DistanceSource), s.ElapsedSeconds, s.MovingSeconds, s.AverageSpeed, s.MaxSpeed,
        s.AveragePaceSecondsPerKm, s.ElevationGainMeters, s.ElevationLossMeters, s.MinAltitudeMeters, s.MaxAltitudeMeters,
        s.HeartRate?.Average, s.HeartRate?.Max, ZonesResponse.From(s.ZonesByMaxHeartRate), ZonesResponse.From(s.ZonesByHeartRateReserve),
        s.Cadence?.Average, s.Power?.Average, s.Power?.Max, s.NormalizedPowerWatts, s.Temperature?.Average,
        s.KilometerSplits.Select(SplitResponse.From).ToList(), s.MileSplits.Select(SplitResponse.From).ToList(),
        s.BestEfforts.Select(BestEffortResponse.From).ToList(),
        s.Calories?.Kilocalories, s.Calories is { } c ? Wire(c.Source) : null, s.TrainingLoad?.Value, s.TrainingLoad is { } t ? Wire(t.Method) : null);

    private static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

internal sealed record ZonesResponse(IReadOnlyList<double> LowerBoundsBpm, IReadOnlyList<double> Seconds, double BelowZone1Seconds)
{
    public static ZonesResponse? From(HeartRateZones? zones) =>
        zones is null ? null : new(zones.LowerBoundsBpm, zones.Seconds, zones.BelowZone1Seconds);
}

internal sealed record SplitResponse(
    int Number, double DistanceMeters, double Fraction, double ElapsedSeconds, double MovingSeconds, double PaceSecondsPerUnit, double? AverageHeartRate)
{
    public static SplitResponse From(Split s) =>
        new(s.Number, s.DistanceMeters, s.Fraction, s.ElapsedSeconds, s.MovingSeconds, s.PaceSecondsPerUnit, s.AverageHeartRate);
}

internal sealed record BestEffortResponse(string Name, double DistanceMeters, double ElapsedSeconds, double StartSeconds, double EndSeconds)
{
    public static BestEffortResponse From(BestEffort b) => new(b.Name, b.DistanceMeters, b.ElapsedSeconds, b.StartSeconds, b.EndSeconds);
}
