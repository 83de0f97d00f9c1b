using System.Globalization;

namespace FitnessApp.Modules.Shop.Pages.Checkout;

/// <summary>The ISO 3166 alpha-2 countries the address form offers, named in the page's language.</summary>
internal static class CountryChoices
{
    private static readonly string[] Codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
        .Where(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
        .Select(c => c!)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public static IReadOnlyList<(string Code, string Name)> For(CultureInfo culture) =>
        Codes.Select(code => (code, Name(code)))
            .OrderBy(c => c.Item2, StringComparer.Create(culture, ignoreCase: true))
            .ToList();

    private static string Name(string code)
    {
        try
        {
            return new RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
