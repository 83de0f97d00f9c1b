using System.Globalization;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Shop.Catalog.Search;

/// <summary>Query-string values as clients send them, parsed the same way by the validators and the handlers.</summary>
internal static class CatalogParameters
{
    public const int DefaultLimit = 24;
    public const int MaxLimit = 100;
    public const int MaxQueryLength = 100;

    public static bool TryAmount(string? value, out long? minor)
    {
        minor = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        minor = Money.ToMinor(amount);
        return minor is not null;
    }

    public static bool TryRating(string? value, out double? rating)
    {
        rating = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || parsed is < 0 or > 5)
        {
            return false;
        }

        rating = parsed;
        return true;
    }

    public static bool TryLimit(string? value, out int limit)
    {
        limit = DefaultLimit;
        return string.IsNullOrWhiteSpace(value)
            || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit);
    }

    public static bool TrySort(string? value, out CatalogSort sort)
    {
        sort = CatalogSort.Newest;
        return string.IsNullOrWhiteSpace(value) || WireNames.TryParse(value, out sort);
    }

    public static bool TrySport(string? value, out Sport? sport)
    {
        sport = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!WireNames.TryParse<Sport>(value, out var parsed))
        {
            return false;
        }

        sport = parsed;
        return true;
    }

    /// <summary>True for no cursor and for a cursor this list gave for the same sort.</summary>
    public static bool IsCursorFor(string? cursor, string? sort) =>
        string.IsNullOrEmpty(cursor)
        || (CatalogCursor.TryDecode(cursor, out var decoded) && TrySort(sort, out var expected) && decoded.Sort == expected);
}
