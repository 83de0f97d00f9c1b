using System.Collections;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>
/// The samples of a FIT activity, stored compactly (64 bytes each in 1,024-sample chunks of 64 KB, below the large-object heap, never copied to grow) and
/// handed out as <see cref="TrackSample"/>s created on access: a 50 MB file holds 1.7 million samples, which as
/// objects would take over 300 MB. NaN stands for "no value" (the decoder never stores a non-finite value).
/// Heart rate, cadence, power and temperature are floats: FIT stores them as integers of at most 16 bits.
/// </summary>
internal sealed class FitSamples : IReadOnlyList<TrackSample>
{
    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly List<Row[]> chunks = [];

    public int Count { get; private set; }

    public TrackSample this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            ref var row = ref RowAt(index);
            return new TrackSample(
                new DateTimeOffset(row.Ticks, TimeSpan.Zero),
                Value(row.Latitude),
                Value(row.Longitude),
                Value(row.Altitude),
                Value(row.Distance),
                Value(row.HeartRate),
                Value(row.Cadence),
                Value(row.Power),
                Value(row.Speed),
                Value(row.Temperature));
        }
    }

    public void Add(DateTimeOffset time, double? latitude, double? longitude, double? altitude, double? distance,
        double? heartRate, double? cadence, double? power, double? speed, double? temperature)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            chunks.Add(new Row[ChunkSize]);
        }

        ref var row = ref RowAt(Count);
        row.Ticks = time.UtcTicks;
        row.Latitude = latitude ?? double.NaN;
        row.Longitude = longitude ?? double.NaN;
        row.Altitude = altitude ?? double.NaN;
        row.Distance = distance ?? double.NaN;
        row.Speed = speed ?? double.NaN;
        row.HeartRate = Narrow(heartRate);
        row.Cadence = Narrow(cadence);
        row.Power = Narrow(power);
        row.Temperature = Narrow(temperature);
        Count++;
    }

    public DateTimeOffset TimeAt(int index) => new(RowAt(index).Ticks, TimeSpan.Zero);

    /// <summary>Rewrites every time in place (device-relative times to UTC).</summary>
    public void MapTimes(Func<DateTimeOffset, DateTimeOffset> map)
    {
        for (var i = 0; i < Count; i++)
        {
            ref var row = ref RowAt(i);
            row.Ticks = map(new DateTimeOffset(row.Ticks, TimeSpan.Zero)).UtcTicks;
        }
    }

    /// <summary>The samples whose time is in [from, to), copied in order (one session of a multisport file).</summary>
    public FitSamples Between(DateTimeOffset from, DateTimeOffset to)
    {
        var own = new FitSamples();
        for (var i = 0; i < Count; i++)
        {
            ref var row = ref RowAt(i);
            if (row.Ticks >= from.UtcTicks && row.Ticks < to.UtcTicks)
            {
                own.AddRow(row);
            }
        }

        return own;
    }

    public IEnumerator<TrackSample> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void AddRow(in Row source)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            chunks.Add(new Row[ChunkSize]);
        }

        RowAt(Count) = source;
        Count++;
    }

    private ref Row RowAt(int index) => ref chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    private static double? Value(double value) => double.IsNaN(value) ? null : value;

    // A value too large for a float (only a file declaring the field as float64 could say so) is no value.
    private static float Narrow(double? value) => value is { } v && float.IsFinite((float)v) ? (float)v : float.NaN;

    private struct Row
    {
        public long Ticks;
        public double Latitude;
        public double Longitude;
        public double Altitude;
        public double Distance;
        public double Speed;
        public float HeartRate;
        public float Cadence;
        public float Power;
        public float Temperature;
    }
}
