using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Training.Demo;

/// <summary>
/// Generates a plausible recorded track for demo data: a closed, gently wobbling loop around a home point,
/// rolling terrain, speed that varies with effort and gradient, heart rate that follows the effort with a lag
/// and drifts upward, cadence and (for rides) power, one sample every <see cref="IntervalSeconds"/> seconds as
/// a watch's smart recording would store it. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class DemoTrack
{
    public const int IntervalSeconds = 2;

    private const double MetersPerDegreeLatitude = 111_320;

    /// <summary>How far the loop strays from a circle (fraction of its radius).</summary>
    private const double Wobble = 0.1;

    /// <param name="intensity">0 (very easy) to 1 (race effort).</param>
    public static IReadOnlyList<TrackSample> Generate(
        Sport sport, DateTimeOffset start, double distanceMeters, double baseSpeed, double intensity,
        DemoAthletePersona athlete, double hilliness, Random random)
    {
        var circumference = distanceMeters;
        var radius = circumference / (2 * Math.PI);
        var phase = random.NextDouble() * 2 * Math.PI;
        var terrainPhase = random.NextDouble() * 2 * Math.PI;
        var center = Offset(athlete.Home, random.NextDouble() * 3000 - 1500, random.NextDouble() * 3000 - 1500);
        var temperature = athlete.TemperatureOn(start) + random.NextDouble() * 2;
        var targetHeartRate = athlete.RestingHeartRate + (athlete.MaxHeartRate - athlete.RestingHeartRate) * (0.55 + 0.35 * intensity);
        var samples = new List<TrackSample>((int)(distanceMeters / baseSpeed / IntervalSeconds) + 2);

        double covered = 0, angle = phase, heartRate = athlete.RestingHeartRate + 25, elapsed = 0;
        while (covered < distanceMeters)
        {
            var wobble = 1 + Wobble * Math.Sin(2 * angle + phase);
            var position = Offset(center, radius * wobble * Math.Cos(angle), radius * wobble * Math.Sin(angle));
            var altitude = athlete.HomeAltitude + 1.5 * hilliness + Terrain(covered, circumference, hilliness, terrainPhase);
            var grade = (Terrain(covered + 10, circumference, hilliness, terrainPhase) - Terrain(covered, circumference, hilliness, terrainPhase)) / 10;
            var speed = Math.Max(0.3 * baseSpeed, baseSpeed * (1 + 0.04 * Math.Sin(elapsed / 420) + 0.04 * (random.NextDouble() - 0.5)) * (1 - GradeSlowdown(sport) * Math.Clamp(grade, -0.04, 0.1)));
            var effort = targetHeartRate + 250 * grade * (athlete.MaxHeartRate - athlete.RestingHeartRate) / 100 + elapsed / 3600 * 4;
            heartRate += (Math.Min(athlete.MaxHeartRate - 2, effort) - heartRate) * (1 - Math.Exp(-IntervalSeconds / 35.0));
            samples.Add(new TrackSample(
                start.AddSeconds(elapsed),
                Latitude: Math.Round(position.Latitude, 7),
                Longitude: Math.Round(position.Longitude, 7),
                Altitude: Math.Round(altitude + (random.NextDouble() - 0.5) * 0.6, 1),
                HeartRate: Math.Round(heartRate + (random.NextDouble() - 0.5) * 3),
                Cadence: Cadence(sport, speed, random),
                Power: sport is Sport.Cycling ? Math.Round(Math.Max(0, CyclingPower(speed, grade, athlete.WeightKg) + (random.NextDouble() - 0.5) * 30)) : null,
                Temperature: Math.Round(temperature + elapsed / 3600, 1)));
            // Advance along the wobbling loop by arc length, so that the distance between positions is the distance covered.
            var step = speed * IntervalSeconds;
            var arcPerRadian = radius * Math.Sqrt(wobble * wobble + Math.Pow(2 * Wobble * Math.Cos(2 * angle + phase), 2));
            angle += step / arcPerRadian;
            covered += step;
            elapsed += IntervalSeconds;
        }

        return samples;
    }

    /// <summary>Closed terrain: returns to the start altitude at the end of the loop.</summary>
    private static double Terrain(double covered, double circumference, double hilliness, double phase)
    {
        var angle = 2 * Math.PI * covered / circumference;
        return hilliness * (Math.Sin(2 * angle + phase) + 0.35 * Math.Sin(5 * angle + 2 * phase) + 0.15 * Math.Sin(11 * angle));
    }

    private static double GradeSlowdown(Sport sport) => sport is Sport.Cycling ? 6 : 4;

    private static double? Cadence(Sport sport, double speed, Random random) => sport switch
    {
        Sport.Running or Sport.TrailRunning => Math.Round(158 + 6 * speed + random.NextDouble() * 4),
        Sport.Walking or Sport.Hiking => Math.Round(100 + 5 * speed + random.NextDouble() * 4),
        Sport.Cycling => Math.Round(80 + speed / 2 + random.NextDouble() * 6),
        _ => null,
    };

    /// <summary>Rolling resistance + gravity + air drag for a road bike, in watts.</summary>
    private static double CyclingPower(double speed, double grade, double riderKg)
    {
        var mass = riderKg + 9;
        return speed * (mass * 9.81 * (0.004 + grade)) + 0.5 * 1.2 * 0.32 * speed * speed * speed;
    }

    private static (double Latitude, double Longitude) Offset((double Latitude, double Longitude) origin, double northMeters, double eastMeters) =>
        (origin.Latitude + northMeters / MetersPerDegreeLatitude,
         origin.Longitude + eastMeters / (MetersPerDegreeLatitude * Math.Cos(origin.Latitude * Math.PI / 180)));
}
