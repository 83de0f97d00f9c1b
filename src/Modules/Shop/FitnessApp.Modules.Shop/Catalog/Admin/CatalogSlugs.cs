using System.Text.RegularExpressions;

namespace FitnessApp.Modules.Shop.Catalog.Admin;

internal static partial class CatalogSlugs
{
    public const string Message = "must be lower-case letters, digits and single dashes (e.g. trail-shoes).";

    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
