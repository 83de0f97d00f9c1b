using System.Buffers.Text;
using System.Text;

namespace FitnessApp.Modules.Social.Connections.FindAthletes;

/// <summary>The position after the last athlete of a search page (sorted by name, then id), base64url-encoded.</summary>
internal readonly record struct SearchCursor(string Name, Guid Id)
{
    private const int MaxEncodedLength = 500;

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Id:N}{Name}"));

    public static bool IsValid(string? value) => value is null || TryDecode(value, out _);

    public static bool TryDecode(string? value, out SearchCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxEncodedLength)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
            if (text.Length >= 32 && Guid.TryParseExact(text[..32], "N", out var id))
            {
                cursor = new SearchCursor(text[32..], id);
                return true;
            }
        }
        catch (FormatException)
        {
            return false;
        }

        return false;
    }
}
