using System.Globalization;

namespace FitnessApp.Modules.Shop.Domain;

/// <summary>
/// Amounts are stored and computed as whole minor units (cents, <see cref="long"/>), never as floating point, and shown
/// or sent on the wire as decimals with two places (ADR 0019).
/// </summary>
internal static class Money
{
    public const int MinorPerMajor = 100;

    public static decimal ToDecimal(long minor) => minor / (decimal)MinorPerMajor;

    /// <summary>Null when the amount has more than two decimal places or does not fit.</summary>
    public static long? ToMinor(decimal amount)
    {
        var scaled = amount * MinorPerMajor;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
        {
            return null;
        }

        return (long)scaled;
    }

    public static string Format(long minor, string currency, CultureInfo culture) =>
        string.Create(culture, $"{ToDecimal(minor):N2} {currency}");
}
