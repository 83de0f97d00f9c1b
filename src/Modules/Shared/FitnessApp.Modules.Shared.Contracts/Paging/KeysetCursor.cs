using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace FitnessApp.Modules.Shared.Contracts.Paging;

/// <summary>
/// The opaque position after the last item of a page sorted newest first: the item's instant (start or creation) and
/// its id as the tie-breaker, base64url-encoded. What <see cref="Page{T}.NextCursor"/> carries.
/// </summary>
public readonly record struct KeysetCursor(DateTime At, Guid Id)
{
    private const int MaxEncodedLength = 100;

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{At.Ticks.ToString(CultureInfo.InvariantCulture)}.{Id:N}"));

    /// <summary>True for no cursor (the first page) and for a cursor this type encoded.</summary>
    public static bool IsValid(string? value) => value is null || TryDecode(value, out _);

    public static bool TryDecode(string? value, out KeysetCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxEncodedLength)
        {
            return false;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split('.');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new KeysetCursor(new DateTime(ticks, DateTimeKind.Utc), id);
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
