using FitnessApp.Modules.Training.Contracts.Tracks;
using FluentValidation;
using FluentValidation.Results;

namespace FitnessApp.Modules.Training.Activities.RecordTrackActivity;

/// <summary>
/// Physically possible values only; values that are possible but suspicious (GPS jumps, time disorder, duplicate
/// times) are left to the statistics engine, which handles them. One pass over the samples without a validator per
/// sample: a track has up to 172,800 of them, and FluentValidation's per-element child validators cost tens of
/// microseconds each. Failures are named as the pipeline names every field (<c>samples[3].heartRate</c>).
/// </summary>
internal static class TrackSampleValidator
{
    /// <summary>Enough to show what is wrong without answering a broken 2-day file with 170,000 errors.</summary>
    public const int MaxFailures = 50;

    public static void Validate(IReadOnlyList<TrackSample>? samples, DateTimeOffset start, ValidationContext<Contracts.Tracks.RecordTrackActivity> context)
    {
        if (samples is null)
        {
            return;
        }

        var failures = 0;
        for (var i = 0; i < samples.Count && failures < MaxFailures; i++)
        {
            var sample = samples[i];
            if (sample is null)
            {
                failures += Fail(context, i, null, "A sample must not be null.");
                continue;
            }

            if (sample.Time < start)
            {
                failures += Fail(context, i, nameof(TrackSample.Time), "A sample must not precede the activity's start.");
            }

            if ((sample.Latitude is null) != (sample.Longitude is null))
            {
                failures += Fail(context, i, sample.Latitude is null ? nameof(TrackSample.Latitude) : nameof(TrackSample.Longitude), "A position needs both latitude and longitude.");
            }

            failures += Range(context, i, nameof(TrackSample.Latitude), sample.Latitude, -90, 90)
                + Range(context, i, nameof(TrackSample.Longitude), sample.Longitude, -180, 180)
                + Range(context, i, nameof(TrackSample.Altitude), sample.Altitude, -500, 9_000)
                + Range(context, i, nameof(TrackSample.Distance), sample.Distance, 0, 1_000_000)
                + Range(context, i, nameof(TrackSample.HeartRate), sample.HeartRate, 0, 250)
                + Range(context, i, nameof(TrackSample.Cadence), sample.Cadence, 0, 300)
                + Range(context, i, nameof(TrackSample.Power), sample.Power, 0, 3_000)
                + Range(context, i, nameof(TrackSample.Speed), sample.Speed, 0, 100)
                + Range(context, i, nameof(TrackSample.Temperature), sample.Temperature, -60, 70);
        }
    }

    private static int Range(ValidationContext<Contracts.Tracks.RecordTrackActivity> context, int index, string channel, double? value, double min, double max) =>
        value is not { } v || (double.IsFinite(v) && v >= min && v <= max)
            ? 0
            : Fail(context, index, channel, $"'{Camel(channel)}' must be between {min} and {max}.");

    private static int Fail(ValidationContext<Contracts.Tracks.RecordTrackActivity> context, int index, string? channel, string message)
    {
        var path = channel is null ? $"samples[{index}]" : $"samples[{index}].{Camel(channel)}";
        context.AddFailure(new ValidationFailure(path, message));
        return 1;
    }

    private static string Camel(string name) => $"{char.ToLowerInvariant(name[0])}{name[1..]}";
}
