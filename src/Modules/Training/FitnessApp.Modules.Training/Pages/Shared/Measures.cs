using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Training.Pages.Shared;

/// <summary>
/// Formats distances, paces, speeds, elevations, weights and durations in the athlete's unit system and the
/// current UI culture. Values are stored in SI units (metres, seconds, kilograms); only the display converts.
/// </summary>
internal sealed class Measures(UnitSystem units, IStringLocalizer<TrainingText> text)
{
    public const double MetersPerMile = 1609.344;
    public const double FeetPerMeter = 3.280839895;
    public const double PoundsPerKilogram = 2.20462262185;

    public UnitSystem Units => units;

    public bool IsImperial => units == UnitSystem.Imperial;

    public string DistanceUnit => text[IsImperial ? "Unit_Mi" : "Unit_Km"];

    public string ElevationUnit => text[IsImperial ? "Unit_Ft" : "Unit_M"];

    public string SpeedUnit => text[IsImperial ? "Unit_Mph" : "Unit_Kmh"];

    public string PaceUnit => text[IsImperial ? "Unit_PerMi" : "Unit_PerKm"];

    public string WeightUnit => text[IsImperial ? "Unit_Lb" : "Unit_Kg"];

    /// <summary>Metres in km or miles (for charts and inputs).</summary>
    public double ToDistanceUnits(double meters) => IsImperial ? meters / MetersPerMile : meters / 1000;

    /// <summary>km or miles back to metres (for inputs).</summary>
    public double FromDistanceUnits(double value) => IsImperial ? value * MetersPerMile : value * 1000;

    public double ToElevationUnits(double meters) => IsImperial ? meters * FeetPerMeter : meters;

    public double FromElevationUnits(double value) => IsImperial ? value / FeetPerMeter : value;

    public double ToSpeedUnits(double metersPerSecond) => IsImperial ? metersPerSecond * 3600 / MetersPerMile : metersPerSecond * 3.6;

    public double ToWeightUnits(double kilograms) => IsImperial ? kilograms * PoundsPerKilogram : kilograms;

    public double FromWeightUnits(double value) => IsImperial ? value / PoundsPerKilogram : value;

    /// <summary>"12.34 km" / "7.67 mi"; "—" when unknown.</summary>
    public string Distance(double? meters, int decimals = 2) =>
        meters is { } m ? $"{ToDistanceUnits(m).ToString($"F{decimals}", CultureInfo.CurrentCulture)} {DistanceUnit}" : Missing;

    public string Elevation(double? meters) =>
        meters is { } m ? $"{Math.Round(ToElevationUnits(m)).ToString("N0", CultureInfo.CurrentCulture)} {ElevationUnit}" : Missing;

    public string Speed(double? metersPerSecond) =>
        metersPerSecond is { } v ? $"{ToSpeedUnits(v).ToString("F1", CultureInfo.CurrentCulture)} {SpeedUnit}" : Missing;

    public string Weight(double? kilograms) =>
        kilograms is { } kg ? $"{ToWeightUnits(kg).ToString("0.#", CultureInfo.CurrentCulture)} {WeightUnit}" : Missing;

    /// <summary>Pace from seconds per kilometre: "5:12 /km" or "8:22 /mi"; "—" when unknown or not finite.</summary>
    public string Pace(double? secondsPerKilometer)
    {
        if (secondsPerKilometer is not { } pace || !double.IsFinite(pace) || pace <= 0)
        {
            return Missing;
        }

        var perUnit = IsImperial ? pace * MetersPerMile / 1000 : pace;
        return $"{Clock((int)Math.Round(perUnit))} {PaceUnit}";
    }

    /// <summary>Pace from a distance and a duration.</summary>
    public string Pace(double? meters, int seconds) =>
        meters is > 0 && seconds > 0 ? Pace(seconds / (meters.Value / 1000)) : Missing;

    /// <summary>Pace for the sports that read pace (<see cref="SportDisplay.ShowsPace"/>), speed for the others; "—" when unknown.</summary>
    public string PaceOrSpeed(Sport sport, double? meters, int seconds)
    {
        if (SportDisplay.ShowsPace(sport))
        {
            return Pace(meters, seconds);
        }

        return meters is > 0 && seconds > 0 ? Speed(meters.Value / seconds) : Missing;
    }

    /// <summary>The unit of <see cref="PaceOrSpeed(Sport, double?, int)"/> for a sport.</summary>
    public string PaceOrSpeedUnit(Sport sport) => SportDisplay.ShowsPace(sport) ? PaceUnit : SpeedUnit;

    /// <summary>For charts: seconds per km or mile when the sport reads pace, km/h or mph otherwise; null when too slow to mean anything.</summary>
    public double? ChartPaceOrSpeed(Sport sport, double metersPerSecond)
    {
        if (!double.IsFinite(metersPerSecond) || metersPerSecond < MinChartSpeed)
        {
            return null;
        }

        return SportDisplay.ShowsPace(sport) ? (IsImperial ? MetersPerMile : 1000) / metersPerSecond : ToSpeedUnits(metersPerSecond);
    }

    /// <summary>A pace in seconds per unit as "5:12" without the unit (chart axes, split tables).</summary>
    public static string PaceClock(double secondsPerUnit) => double.IsFinite(secondsPerUnit) && secondsPerUnit > 0 ? Clock((int)Math.Round(secondsPerUnit)) : Missing;

    /// <summary>"1:02:03" or "42:07".</summary>
    public static string Duration(double seconds) => Clock((int)Math.Round(seconds));

    public string SportName(Sport sport) => text[$"Sport_{sport}"];

    public string VisibilityName(Visibility visibility) => text[$"Visibility_{visibility}"];

    public const string Missing = "—";

    /// <summary>0.5 m/s (1.8 km/h): slower is standing, not a pace worth charting.</summary>
    private const double MinChartSpeed = 0.5;

    private static string Clock(int seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return span.TotalHours >= 1
            ? $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}"
            : $"{span.Minutes}:{span.Seconds:00}";
    }
}
