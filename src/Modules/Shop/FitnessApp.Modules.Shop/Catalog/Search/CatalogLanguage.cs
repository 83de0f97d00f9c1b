using System.Globalization;
using FitnessApp.Modules.Shop.Domain;

namespace FitnessApp.Modules.Shop.Catalog.Search;

internal static class CatalogLanguage
{
    public static bool IsRussian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    public static string Pick(string en, string ru) => IsRussian && !string.IsNullOrWhiteSpace(ru) ? ru : en;

    /// <summary>An amount on the wire: a decimal with two places (12.50, not 12.5).</summary>
    public static decimal Amount(long minor) => Money.ToDecimal(minor) + 0.00m;

    public static decimal? Amount(long? minor) => minor is { } value ? Amount(value) : null;
}
