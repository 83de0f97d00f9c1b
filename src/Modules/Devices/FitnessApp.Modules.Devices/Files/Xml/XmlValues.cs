using System.Globalization;

namespace FitnessApp.Modules.Devices.Files.Xml;

/// <summary>Numbers and times as activity XML writes them, with the ranges a real activity stays within.</summary>
internal static class XmlValues
{
    // GPS time starts in 1980; older stamps (e.g. 1901 from a broken clock) are not real recording times.
    private static readonly DateTimeOffset EarliestReal = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestReal = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static double Number(string text, string what, Location where, double min, double max)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new ActivityFileException("file.absurdValue", $"The {what} of {where} is not a number: \"{Shorten(text)}\".");
        }

        return value >= min && value <= max
            ? value
            : throw new ActivityFileException("file.absurdValue", $"The {what} of {where} is {value.ToString(CultureInfo.InvariantCulture)}, outside the possible range {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>A time without offset is UTC (as GPX and TCX say); an unreadable or implausible time is none.</summary>
    public static DateTimeOffset? Time(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
        && time >= EarliestReal && time < LatestReal
            ? time
            : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
