using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace FitnessApp.Modules.Support.Domain;

/// <summary>The opaque position after the last item of a page (newest first): its creation instant and id, base64url-encoded.</summary>
internal readonly record struct PageCursor(DateTime CreatedAt, Guid Id)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}.{Id:N}"));

    public static bool IsValid(string? value) => value is null || TryDecode(value, out _);

    public static bool TryDecode(string? value, out PageCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return false;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split('.');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new PageCursor(new DateTime(ticks, DateTimeKind.Utc), id);
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
