using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Benchmarks;

/// <summary>A deterministic synthetic 3-hour, 1 Hz ride (10,800 samples).</summary>
internal static class ThreeHourTrack
{
    public const int Samples = 10_800;

    public static TrackStatisticsOptions Options { get; } = new()
    {
        StoppedSpeedKmh = 4,
        Pauses = [new PauseInterval(3_600, 3_720), new PauseInterval(7_200, 7_500)],
        Athlete = new AthleteProfile(MaxHeartRate: 188, RestingHeartRate: 48, Age: 41, Sex: TrimpSex.Male, WeightKg: 72),
        Met = MetTable.Cycling,
        PerceivedEffort = 6,
    };

    public static TrackSamples Create()
    {
        var rng = new Random(2026);
        var t = new double[Samples];
        var lat = new double[Samples];
        var lon = new double[Samples];
        var alt = new double[Samples];
        var hr = new double[Samples];
        var cad = new double[Samples];
        var power = new double[Samples];
        var speed = new double[Samples];
        var temp = new double[Samples];
        double la = 46.05, lo = 14.50, heading = 0;
        for (var i = 0; i < Samples; i++)
        {
            t[i] = i;
            var v = 8 + (2 * Math.Sin(i / 300.0)) + (rng.NextDouble() - 0.5);
            heading += (rng.NextDouble() - 0.5) * 0.05;
            la += v * Math.Cos(heading) / 111_195;
            lo += v * Math.Sin(heading) / (111_195 * Math.Cos(la * Math.PI / 180));
            lat[i] = la + ((rng.NextDouble() - 0.5) * 2e-5);
            lon[i] = lo + ((rng.NextDouble() - 0.5) * 2e-5);
            alt[i] = 300 + (150 * Math.Sin(i / 900.0)) + ((rng.NextDouble() - 0.5) * 2);
            hr[i] = 135 + (20 * Math.Sin(i / 600.0)) + (rng.NextDouble() * 4);
            cad[i] = i % 97 == 0 ? 0 : 85 + (rng.NextDouble() * 10);
            power[i] = Math.Max(0, 210 + (80 * Math.Sin(i / 45.0)) + ((rng.NextDouble() - 0.5) * 60));
            speed[i] = v;
            temp[i] = 18 + (i / 2_000.0);
        }

        return new TrackSamples(t)
        {
            StartUtc = new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero),
            Latitude = lat,
            Longitude = lon,
            Altitude = alt,
            HeartRate = hr,
            Cadence = cad,
            Power = power,
            Speed = speed,
            Temperature = temp,
        };
    }
}
