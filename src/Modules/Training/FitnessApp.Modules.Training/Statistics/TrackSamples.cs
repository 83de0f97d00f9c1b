namespace FitnessApp.Modules.Training.Statistics;

/// <summary>
/// The recorded samples of one activity as parallel arrays (structure of arrays: one contiguous
/// <see cref="double"/> array per channel, which keeps the statistics loops cache friendly and free of
/// per-sample allocations).
/// </summary>
/// <remarks>
/// <para>Time: <see cref="Seconds"/> holds each sample's time in seconds from any fixed origin (usually the
/// activity start, <see cref="StartUtc"/>). Required, one entry per sample; the other channels must have the
/// same length.</para>
/// <para>Missing values: a channel that the device did not record at all is <see langword="null"/>; a single
/// missing value inside a recorded channel is <see cref="double.NaN"/> (no other sentinel). Beyond NaN, heart rate
/// ≤ 0 or above 250 bpm is treated as missing, cadence 0 is left out of the cadence average (coasting) and power 0
/// is kept in the power average; speeds above 100 m/s are ignored.</para>
/// <para>Units: degrees (WGS 84) for <see cref="Latitude"/>/<see cref="Longitude"/>; metres for
/// <see cref="Altitude"/> and the device's cumulative <see cref="Distance"/>; beats per minute; revolutions
/// (or steps) per minute; watts; metres per second for <see cref="Speed"/>; degrees Celsius.</para>
/// </remarks>
internal sealed class TrackSamples
{
    public TrackSamples(double[] seconds)
    {
        ArgumentNullException.ThrowIfNull(seconds);
        Seconds = seconds;
    }

    /// <summary>The instant that <see cref="Seconds"/> = 0 stands for (metadata only).</summary>
    public DateTimeOffset? StartUtc { get; init; }

    public double[] Seconds { get; }

    public double[]? Latitude { get; init; }

    public double[]? Longitude { get; init; }

    public double[]? Altitude { get; init; }

    /// <summary>The device's own cumulative distance in metres; used instead of positions when present.</summary>
    public double[]? Distance { get; init; }

    public double[]? HeartRate { get; init; }

    public double[]? Cadence { get; init; }

    public double[]? Power { get; init; }

    public double[]? Speed { get; init; }

    public double[]? Temperature { get; init; }

    public int Count => Seconds.Length;

    internal void Validate()
    {
        Check(Latitude, nameof(Latitude));
        Check(Longitude, nameof(Longitude));
        Check(Altitude, nameof(Altitude));
        Check(Distance, nameof(Distance));
        Check(HeartRate, nameof(HeartRate));
        Check(Cadence, nameof(Cadence));
        Check(Power, nameof(Power));
        Check(Speed, nameof(Speed));
        Check(Temperature, nameof(Temperature));
        if ((Latitude is null) != (Longitude is null))
        {
            throw new ArgumentException("Latitude and longitude must be given together.");
        }
    }

    private void Check(double[]? channel, string name)
    {
        if (channel is not null && channel.Length != Seconds.Length)
        {
            throw new ArgumentException($"The {name} channel has {channel.Length} values for {Seconds.Length} samples.", name);
        }
    }
}

/// <summary>A device timer stop/start interval, in the same time base as <see cref="TrackSamples.Seconds"/>.</summary>
internal readonly record struct PauseInterval(double StartSeconds, double EndSeconds);
