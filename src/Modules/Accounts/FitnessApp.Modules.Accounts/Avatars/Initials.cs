using System.Globalization;
using System.Text;

namespace FitnessApp.Modules.Accounts.Avatars;

/// <summary>What stands in for a missing avatar (in the portal) or is drawn into a generated one (demo accounts).</summary>
internal static class Initials
{
    private static readonly (byte R, byte G, byte B)[] Palette =
    [
        (0x1E, 0x88, 0xE5), (0x43, 0xA0, 0x47), (0xE5, 0x39, 0x35), (0x8E, 0x24, 0xAA),
        (0xF4, 0x51, 0x1E), (0x00, 0x89, 0x7B), (0x39, 0x49, 0xAB), (0x6D, 0x4C, 0x41),
    ];

    /// <summary>The first letters of the first two words, upper case ("Anna Petrova" → "AP").</summary>
    public static string Of(string displayName)
    {
        var letters = displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(2)
            .Select(word => new StringInfo(word).SubstringByTextElements(0, 1).ToUpper(CultureInfo.InvariantCulture));
        var initials = string.Concat(letters);
        return initials.Length == 0 ? "?" : initials;
    }

    /// <summary>A colour that stays the same for a name (a stable hash, not string.GetHashCode).</summary>
    public static (byte R, byte G, byte B, string Css) Colour(string displayName)
    {
        var hash = Encoding.UTF8.GetBytes(displayName).Aggregate(17u, (h, b) => unchecked((h * 31) + b));
        var (r, g, b) = Palette[hash % (uint)Palette.Length];
        return (r, g, b, $"rgb({r}, {g}, {b})");
    }
}
