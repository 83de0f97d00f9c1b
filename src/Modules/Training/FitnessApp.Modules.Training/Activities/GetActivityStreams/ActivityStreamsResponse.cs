using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Activities.GetActivityStreams;

/// <summary>
/// One array per channel, index-aligned with <see cref="Time"/> (seconds from the activity start); null for a
/// missing value; a channel the device did not record is null as a whole.
/// </summary>
internal sealed record ActivityStreamsResponse(
    int SampleCount,
    int PointCount,
    IReadOnlyList<double> Time,
    IReadOnlyList<double?>? Latitude,
    IReadOnlyList<double?>? Longitude,
    IReadOnlyList<double?>? Altitude,
    IReadOnlyList<double?>? Distance,
    IReadOnlyList<double?>? HeartRate,
    IReadOnlyList<double?>? Cadence,
    IReadOnlyList<double?>? Power,
    IReadOnlyList<double?>? Speed,
    IReadOnlyList<double?>? Temperature)
{
    /// <summary>At most <paramref name="maxPoints"/> points, evenly spaced by index, the first and last always kept.</summary>
    public static ActivityStreamsResponse From(TrackSamples track, int? maxPoints)
    {
        var indices = Pick(track.Count, maxPoints);
        double?[]? Of(double[]? channel) => channel is null ? null : indices.Select(i => double.IsFinite(channel[i]) ? channel[i] : (double?)null).ToArray();
        return new(
            track.Count, indices.Length, indices.Select(i => track.Seconds[i]).ToArray(), Of(track.Latitude), Of(track.Longitude),
            Of(track.Altitude), Of(track.Distance), Of(track.HeartRate), Of(track.Cadence), Of(track.Power), Of(track.Speed), Of(track.Temperature));
    }

    private static int[] Pick(int count, int? maxPoints)
    {
        if (maxPoints is not { } max || count <= max)
        {
            return Enumerable.Range(0, count).ToArray();
        }

        return Enumerable.Range(0, max).Select(k => (int)Math.Round((double)k * (count - 1) / (max - 1))).ToArray();
    }
}
