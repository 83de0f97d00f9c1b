using System.Text.Json;

namespace FitnessApp.Modules.Devices.Providers.Strava;

/// <summary>
/// Strava's streams keyed by type (GET /api/v3/activities/{id}/streams?keys=...&amp;key_by_type=true): each
/// <c>{"data": [...]}</c>, <c>time</c> in seconds from the start, <c>latlng</c> as <c>[lat, lng]</c> pairs. A stream
/// whose length differs from <c>time</c>'s is ignored rather than misaligned.
/// </summary>
internal sealed record StravaStreams(
    IReadOnlyList<double> Time,
    IReadOnlyList<(double Latitude, double Longitude)?>? LatLng,
    IReadOnlyList<double?>? Distance,
    IReadOnlyList<double?>? Altitude,
    IReadOnlyList<double?>? HeartRate,
    IReadOnlyList<double?>? Cadence,
    IReadOnlyList<double?>? Watts,
    IReadOnlyList<double?>? Temperature,
    IReadOnlyList<double?>? Velocity)
{
    public const string Keys = "time,latlng,distance,altitude,heartrate,cadence,watts,temp,velocity_smooth";

    public static StravaStreams Parse(JsonElement root)
    {
        var time = Values(root, "time") is { } t ? t.Select(v => v ?? double.NaN).ToList() : [];
        return new StravaStreams(
            time,
            Aligned(LatLngs(root), time.Count),
            Aligned(Values(root, "distance"), time.Count),
            Aligned(Values(root, "altitude"), time.Count),
            Aligned(Values(root, "heartrate"), time.Count),
            Aligned(Values(root, "cadence"), time.Count),
            Aligned(Values(root, "watts"), time.Count),
            Aligned(Values(root, "temp"), time.Count),
            Aligned(Values(root, "velocity_smooth"), time.Count));
    }

    private static IReadOnlyList<T>? Aligned<T>(IReadOnlyList<T>? values, int count) => values?.Count == count ? values : null;

    private static JsonElement? Data(JsonElement root, string key) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(key, out var stream) && stream.ValueKind == JsonValueKind.Object
            && stream.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? data
            : null;

    private static List<double?>? Values(JsonElement root, string key) =>
        Data(root, key) is { } data
            ? [.. data.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : (double?)null)]
            : null;

    private static List<(double, double)?>? LatLngs(JsonElement root) =>
        Data(root, "latlng") is { } data
            ? [.. data.EnumerateArray().Select(pair =>
                pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2
                    && pair[0].ValueKind == JsonValueKind.Number && pair[1].ValueKind == JsonValueKind.Number
                    ? (pair[0].GetDouble(), pair[1].GetDouble())
                    : ((double, double)?)null)]
            : null;
}
