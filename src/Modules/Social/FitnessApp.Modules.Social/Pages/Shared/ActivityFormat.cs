using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Extensions.Localization;
using SportKind = FitnessApp.Modules.Training.Contracts.Activities.Sport;

namespace FitnessApp.Modules.Social.Pages.Shared;

/// <summary>
/// How Social's pages show an activity's figures and times: sport names, distance, pace (on foot, swimming) or speed,
/// elevation and durations in the viewer's unit system and the current culture, and instants in the viewer's time zone.
/// </summary>
internal sealed class ActivityFormat(UnitSystem units, IStringLocalizer<ActivityFormatText> text, string? timeZone = null)
{
    public const string Missing = "—";
    private const double MetersPerMile = 1609.344;
    private const double MetersPerYard = 0.9144;
    private const double FeetPerMeter = 3.280839895;

    public UnitSystem Units => units;

    /// <summary>The viewer's time zone (UTC without one, or when this host does not know it).</summary>
    public TimeZoneInfo Zone { get; } = FindZone(timeZone);

    private bool Imperial => units == UnitSystem.Imperial;

    /// <summary>In the athlete's units and time zone; metric and UTC without an athlete.</summary>
    public static ActivityFormat For(AthleteProfile? athlete, IStringLocalizer<ActivityFormatText> text) =>
        new(athlete?.Units ?? UnitSystem.Metric, text, athlete?.TimeZone);

    /// <summary>Sports read as a pace (time per km or mile, per 100 m or yd when swimming); the others as a speed.</summary>
    public static bool ShowsPace(Sport sport) => IsOnFoot(sport) || IsSwim(sport);

    public string Sport(Sport sport) => text[$"Sport_{sport}"];

    /// <summary>A sport's wire name (<c>trailRunning</c>) as its name; the unknown ones as "other".</summary>
    public string Sport(string? sport) => Sport(ParseSport(sport));

    /// <summary>Km or miles with <paramref name="decimals"/> decimals; missing without a positive distance.</summary>
    public string Distance(double? meters, int decimals = 2) => meters is { } m && m > 0
        ? $"{(Imperial ? m / MetersPerMile : m / 1000).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture)} {text[Imperial ? "Unit_Mi" : "Unit_Km"]}"
        : Missing;

    public string Elevation(double? meters) => meters is { } m
        ? $"{Math.Round(Imperial ? m * FeetPerMeter : m).ToString("N0", CultureInfo.CurrentCulture)} {text[Imperial ? "Unit_Ft" : "Unit_M"]}"
        : Missing;

    /// <summary>Pace per km or mile on foot, per 100 m or yd swimming, speed for the rest; missing without distance or time.</summary>
    public string PaceOrSpeed(Sport sport, double? meters, int? seconds)
    {
        if (meters is not { } m || m <= 0 || seconds is not { } s || s <= 0)
        {
            return Missing;
        }

        if (IsOnFoot(sport))
        {
            var unit = Imperial ? MetersPerMile : 1000;
            return $"{Duration(Math.Round(s / (m / unit)))} {text[Imperial ? "Unit_PerMi" : "Unit_PerKm"]}";
        }

        if (IsSwim(sport))
        {
            var hundred = Imperial ? 100 * MetersPerYard : 100;
            return $"{Duration(Math.Round(s / (m / hundred)))} {text[Imperial ? "Unit_Per100Yd" : "Unit_Per100M"]}";
        }

        var perHour = m / s * 3600 / (Imperial ? MetersPerMile : 1000);
        return $"{perHour.ToString("F1", CultureInfo.CurrentCulture)} {text[Imperial ? "Unit_Mph" : "Unit_Kmh"]}";
    }

    /// <summary>The same with the sport's wire name (as feed items carry it).</summary>
    public string PaceOrSpeed(string? sport, double? meters, int? seconds) => PaceOrSpeed(ParseSport(sport), meters, seconds);

    /// <summary>"1:02:03" or "42:07".</summary>
    public static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:00}");
    }

    /// <summary><see cref="Duration(double)"/>, or missing without a positive time.</summary>
    public static string DurationOrMissing(int? seconds) => seconds is > 0 ? Duration(seconds.Value) : Missing;

    /// <summary>A total as hours, minutes and seconds even under an hour ("0:42:07"), so totals line up in a table.</summary>
    public static string Hours(long seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds % 3600 / 60:00}:{seconds % 60:00}");

    /// <summary>A UTC instant in a named time zone (UTC when the zone is unknown here).</summary>
    public static DateTime InZone(DateTime utc, string? timeZone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FindZone(timeZone));

    /// <summary>A UTC instant in the viewer's time zone.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A UTC instant as the viewer's short date and time.</summary>
    public string When(DateTime utc) => Local(utc).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A wall-clock time the viewer entered (a datetime-local field), as an instant.</summary>
    public DateTimeOffset Instant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    private static bool IsOnFoot(Sport sport) => sport is SportKind.Running or SportKind.TrailRunning
        or SportKind.Walking or SportKind.Hiking;

    private static bool IsSwim(Sport sport) => sport is SportKind.PoolSwimming or SportKind.OpenWaterSwimming;

    private static Sport ParseSport(string? sport) =>
        sport is not null && WireNames.TryParse<Sport>(sport, out var parsed) ? parsed : SportKind.Other;

    private static TimeZoneInfo FindZone(string? id)
    {
        try
        {
            return string.IsNullOrEmpty(id) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
