using System.Text.RegularExpressions;

namespace FitnessApp.Modules.Loyalty.Promotions;

/// <summary>The shapes of codes, currencies and countries; stored upper case.</summary>
internal static partial class PromoFormats
{
    public static bool IsCode(string? code) => code is not null && CodePattern().IsMatch(code.Trim());

    public static bool IsCurrency(string? currency) => currency is not null && CurrencyPattern().IsMatch(currency.Trim());

    public static bool IsCountry(string? country) => country is not null && CountryPattern().IsMatch(country.Trim());

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    [GeneratedRegex("^[A-Za-z0-9-]{3,32}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();
}
