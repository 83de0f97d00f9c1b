namespace FitnessApp.Modules.Devices.Files.Gpx;

/// <summary>What a GPX file holds that an import needs, before timing rules are applied.</summary>
internal sealed record GpxDocument(string? Creator, string? Name, IReadOnlyList<GpxTrack> Tracks, int RouteCount);

internal sealed record GpxTrack(string? Name, string? Type, IReadOnlyList<IReadOnlyList<GpxPoint>> Segments)
{
    public int PointCount => Segments.Sum(s => s.Count);
}

/// <summary>A track point; <see cref="Time"/> is null when absent, unreadable or implausible (before 1980).</summary>
internal sealed record GpxPoint(
    double Latitude,
    double Longitude,
    double? Elevation,
    DateTimeOffset? Time,
    double? HeartRate,
    double? Cadence,
    double? Power,
    double? Speed,
    double? Temperature);
