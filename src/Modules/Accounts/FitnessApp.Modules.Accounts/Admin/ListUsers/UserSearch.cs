namespace FitnessApp.Modules.Accounts.Admin.ListUsers;

/// <summary>What operators type into the search box, made comparable with the stored upper-case email and the display name.</summary>
internal static class UserSearch
{
    public const int MaxLength = 256;

    /// <summary>Trimmed, inner runs of white space made one space, upper case (invariant); null when nothing is left.</summary>
    public static string? Normalize(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var words = search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words).ToUpperInvariant();
    }
}
