using BenchmarkDotNet.Attributes;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Benchmarks;

/// <summary>
/// Full statistics of a 3-hour ride recorded at 1 Hz: 10,800 samples with position, altitude, heart rate,
/// cadence, power and speed, two device pauses. Target: under 5 ms on one core.
/// </summary>
[MemoryDiagnoser]
public class TrackStatisticsBenchmark
{
    private TrackSamples track = null!;
    private TrackStatisticsOptions options = null!;

    [GlobalSetup]
    public void Setup()
    {
        track = ThreeHourTrack.Create();
        options = ThreeHourTrack.Options;
    }

    [Benchmark]
    public object ThreeHourRide() => TrackStatisticsCalculator.Compute(track, options);
}
