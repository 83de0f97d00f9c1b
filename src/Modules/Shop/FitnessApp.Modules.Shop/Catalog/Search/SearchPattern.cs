namespace FitnessApp.Modules.Shop.Catalog.Search;

/// <summary>Turns what a customer typed into a LIKE pattern: trimmed, lower-cased, wildcards escaped.</summary>
internal static class SearchPattern
{
    public const string EscapeText = "\\";

    public static string? Of(string? query)
    {
        var text = query?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var escaped = text.ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
