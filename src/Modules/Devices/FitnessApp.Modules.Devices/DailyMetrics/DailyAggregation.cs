using FitnessApp.Modules.Devices.Samples;

namespace FitnessApp.Modules.Devices.DailyMetrics;

/// <summary>A sample as the daily aggregation reads it (UTC instants).</summary>
internal readonly record struct AggregationSample(Guid DeviceId, SampleType Type, DateTime Start, DateTime? End, double Value, SleepStage? Stage = null);

/// <summary>The day's values before they are stored; null when no device reported the metric that day.</summary>
internal sealed record DailyValues(int? Steps, int? RestingHeartRate, int? SleepMinutes, double? WeightKg)
{
    public bool IsEmpty => Steps is null && RestingHeartRate is null && SleepMinutes is null && WeightKg is null;
}

/// <summary>
/// The rules that turn samples into an athlete's local days:
/// <list type="bullet">
/// <item>Steps: an interval counts on the local day it starts. Several devices (a phone in the pocket and a watch on the
/// wrist) count the same walk, so their counts are never added: each device's total for the day is summed, and the
/// device with the most steps that day wins.</item>
/// <item>Resting heart rate: the latest value reported that day (devices report one a day; a later one is a correction).</item>
/// <item>Sleep: minutes asleep (every stage but <c>awake</c>) on the local day the sleep ends; a device's overlapping
/// segments (a session and its stages) are merged, and the device with the most sleep that day wins.</item>
/// <item>Weight: the latest weighing of the day.</item>
/// </list>
/// </summary>
internal static class DailyAggregation
{
    public static IReadOnlyDictionary<DateOnly, DailyValues> Compute(IEnumerable<AggregationSample> samples, TimeZoneInfo zone, IReadOnlySet<DateOnly> days)
    {
        var steps = new Dictionary<(DateOnly Day, Guid Device), double>();
        var sleep = new Dictionary<(DateOnly Day, Guid Device), List<(DateTime Start, DateTime End)>>();
        var resting = new Dictionary<DateOnly, (DateTime At, double Bpm)>();
        var weight = new Dictionary<DateOnly, (DateTime At, double Kg)>();
        foreach (var sample in samples)
        {
            switch (sample.Type)
            {
                case SampleType.Steps when days.Contains(DayOf(sample.Start, zone)):
                    var key = (DayOf(sample.Start, zone), sample.DeviceId);
                    steps[key] = steps.GetValueOrDefault(key) + sample.Value;
                    break;
                case SampleType.Sleep when sample.End is { } end && sample.Stage != SleepStage.Awake && days.Contains(DayOf(end, zone)):
                    var night = (DayOf(end, zone), sample.DeviceId);
                    if (!sleep.TryGetValue(night, out var segments))
                    {
                        sleep[night] = segments = [];
                    }

                    segments.Add((sample.Start, end));
                    break;
                case SampleType.RestingHeartRate when days.Contains(DayOf(sample.Start, zone)):
                    Latest(resting, DayOf(sample.Start, zone), sample.Start, sample.Value);
                    break;
                case SampleType.Weight when days.Contains(DayOf(sample.Start, zone)):
                    Latest(weight, DayOf(sample.Start, zone), sample.Start, sample.Value);
                    break;
                default:
                    break;
            }
        }

        var stepsByDay = steps.GroupBy(s => s.Key.Day).ToDictionary(g => g.Key, g => g.Max(s => s.Value));
        var sleepByDay = sleep.GroupBy(s => s.Key.Day).ToDictionary(g => g.Key, g => g.Max(s => MergedMinutes(s.Value)));
        return days.ToDictionary(day => day, day => new DailyValues(
            stepsByDay.TryGetValue(day, out var s) ? (int)Math.Round(s) : null,
            resting.TryGetValue(day, out var r) ? (int)Math.Round(r.Bpm) : null,
            sleepByDay.TryGetValue(day, out var m) ? (int)Math.Round(m) : null,
            weight.TryGetValue(day, out var w) ? Math.Round(w.Kg, 2) : null));
    }

    public static DateOnly DayOf(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    /// <summary>Minutes covered by the union of the segments.</summary>
    public static double MergedMinutes(List<(DateTime Start, DateTime End)> segments)
    {
        segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        var total = TimeSpan.Zero;
        DateTime? runStart = null;
        var runEnd = DateTime.MinValue;
        foreach (var (start, end) in segments)
        {
            if (runStart is null || start > runEnd)
            {
                if (runStart is { } open)
                {
                    total += runEnd - open;
                }

                runStart = start;
                runEnd = end;
            }
            else if (end > runEnd)
            {
                runEnd = end;
            }
        }

        if (runStart is { } last)
        {
            total += runEnd - last;
        }

        return total.TotalMinutes;
    }

    private static void Latest(Dictionary<DateOnly, (DateTime At, double Value)> latest, DateOnly day, DateTime at, double value)
    {
        if (!latest.TryGetValue(day, out var current) || at >= current.At)
        {
            latest[day] = (at, value);
        }
    }
}
