using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Demo;

/// <summary>One demo athlete's training life: where they live and the week they usually train.</summary>
internal sealed record DemoAthletePersona(
    string Email,
    (double Latitude, double Longitude) Home,
    double HomeAltitude,
    string TimeZone,
    int MaxHeartRate,
    int RestingHeartRate,
    double WeightKg,
    double SkipChance,
    IReadOnlyList<DemoSession> Week)
{
    /// <summary>A rough seasonal temperature at home (northern hemisphere), °C.</summary>
    public double TemperatureOn(DateTimeOffset date) => 9 - 11 * Math.Cos(2 * Math.PI * (date.DayOfYear - 15) / 365.25) + (Home.Latitude < 50 ? 4 : 0);
}

/// <summary>A usual session: recorded with a track when it has a distance, by hand otherwise.</summary>
/// <param name="DistanceKm">Range of distances (min, max); null for sessions without a track.</param>
/// <param name="SpeedKmh">Typical moving speed.</param>
/// <param name="Hilliness">Amplitude of the terrain in metres.</param>
internal sealed record DemoSession(
    DayOfWeek Day,
    int Hour,
    Sport Sport,
    string Title,
    (double Min, double Max)? DistanceKm = null,
    double SpeedKmh = 0,
    double Intensity = 0.4,
    double Hilliness = 15,
    int Minutes = 0,
    int PerceivedEffort = 4);
