namespace FitnessApp.Modules.Devices.Samples.RecordSamples;

/// <summary>
/// One item of a batch, shaped like what a phone forwarding Apple Health / Health Connect sends. <c>type</c> says which
/// fields apply: <c>steps</c> (start, end, count), <c>heartRate</c> (time, bpm), <c>restingHeartRate</c> (time, bpm),
/// <c>sleep</c> (start, end, stage: asleep|awake|light|deep|rem, optional), <c>weight</c> (time, kg), <c>workout</c>
/// (start, end, sport, distanceMeters, calories, heartRates, all but the first three optional).
/// </summary>
internal sealed record SampleInput(
    string? Type,
    DateTimeOffset? Time = null,
    DateTimeOffset? Start = null,
    DateTimeOffset? End = null,
    double? Count = null,
    double? Bpm = null,
    double? Kg = null,
    string? Stage = null,
    string? Sport = null,
    double? DistanceMeters = null,
    double? Calories = null,
    IReadOnlyList<HeartRateInput>? HeartRates = null);

internal sealed record HeartRateInput(DateTimeOffset? Time, double? Bpm);

/// <summary>The batch's item kinds on the wire.</summary>
internal static class SampleTypes
{
    public const string Steps = "steps";
    public const string HeartRate = "heartRate";
    public const string RestingHeartRate = "restingHeartRate";
    public const string Sleep = "sleep";
    public const string Weight = "weight";
    public const string Workout = "workout";

    public static readonly IReadOnlyList<string> All = [Steps, HeartRate, RestingHeartRate, Sleep, Weight, Workout];

    public static SampleType? Stored(string type) => type switch
    {
        Steps => SampleType.Steps,
        HeartRate => SampleType.HeartRate,
        RestingHeartRate => SampleType.RestingHeartRate,
        Sleep => SampleType.Sleep,
        Weight => SampleType.Weight,
        _ => null,
    };
}
