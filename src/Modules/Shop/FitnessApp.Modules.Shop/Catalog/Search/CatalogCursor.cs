using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Shop.Catalog.Search;

/// <summary>
/// The opaque position after the last product of a page: the sort it belongs to, that product's sort key (creation ticks,
/// price in minor units or rating) and its id as the tie-breaker, base64url-encoded.
/// </summary>
internal readonly record struct CatalogCursor(CatalogSort Sort, long Key, double Rating, Guid Id)
{
    private const int MaxEncodedLength = 120;

    public string Encode()
    {
        var key = Sort == CatalogSort.Rating
            ? Rating.ToString("R", CultureInfo.InvariantCulture)
            : Key.ToString(CultureInfo.InvariantCulture);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{WireNames.Of(Sort)}|{key}|{Id:N}"));
    }

    public static bool TryDecode(string? value, out CatalogCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxEncodedLength)
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = text.Split('|');
        if (parts.Length != 3 || !WireNames.TryParse<CatalogSort>(parts[0], out var sort) || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return false;
        }

        if (sort == CatalogSort.Rating)
        {
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rating) || !double.IsFinite(rating))
            {
                return false;
            }

            cursor = new CatalogCursor(sort, 0, rating, id);
            return true;
        }

        if (!long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key))
        {
            return false;
        }

        cursor = new CatalogCursor(sort, key, 0, id);
        return true;
    }
}
