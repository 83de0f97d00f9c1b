using System.Text;

namespace FitnessApp.Modules.Social.Feed;

/// <summary>Google's encoded polyline algorithm, precision 5 (1e-5 degrees): compact text for a small route drawing.</summary>
internal static class Polyline
{
    private const double Factor = 1e5;

    public static string Encode(IEnumerable<(double Latitude, double Longitude)> points)
    {
        var text = new StringBuilder();
        long lastLat = 0, lastLon = 0;
        foreach (var (latitude, longitude) in points)
        {
            var lat = (long)Math.Round(latitude * Factor, MidpointRounding.AwayFromZero);
            var lon = (long)Math.Round(longitude * Factor, MidpointRounding.AwayFromZero);
            Append(text, lat - lastLat);
            Append(text, lon - lastLon);
            lastLat = lat;
            lastLon = lon;
        }

        return text.ToString();
    }

    /// <summary>The positions of an encoded polyline; stops at the first malformed value.</summary>
    public static IReadOnlyList<(double Latitude, double Longitude)> Decode(string? encoded)
    {
        var points = new List<(double, double)>();
        if (string.IsNullOrEmpty(encoded))
        {
            return points;
        }

        var index = 0;
        long lat = 0, lon = 0;
        while (index < encoded.Length)
        {
            if (!TryRead(encoded, ref index, out var dLat) || !TryRead(encoded, ref index, out var dLon))
            {
                break;
            }

            lat += dLat;
            lon += dLon;
            points.Add((lat / Factor, lon / Factor));
        }

        return points;
    }

    private static void Append(StringBuilder text, long value)
    {
        var shifted = value < 0 ? ~(value << 1) : value << 1;
        while (shifted >= 0x20)
        {
            text.Append((char)((0x20 | (shifted & 0x1f)) + 63));
            shifted >>= 5;
        }

        text.Append((char)(shifted + 63));
    }

    private static bool TryRead(string encoded, ref int index, out long value)
    {
        long result = 0;
        var shift = 0;
        while (index < encoded.Length && shift < 60)
        {
            long chunk = encoded[index++] - 63;
            if (chunk is < 0 or > 63)
            {
                break;
            }

            result |= (chunk & 0x1f) << shift;
            shift += 5;
            if (chunk < 0x20)
            {
                value = (result & 1) != 0 ? ~(result >> 1) : result >> 1;
                return true;
            }
        }

        value = 0;
        return false;
    }
}
