using FitnessApp.Modules.Devices.Files.Gpx;

namespace FitnessApp.Modules.Devices.Tests.Files.Gpx;

/// <summary>Haversine length within each segment (as gpxpy's length_2d: no distance across a segment gap).</summary>
internal static class GeoLength
{
    private const double EarthRadius = 6_371_000;

    public static double Of(GpxTrack track) =>
        track.Segments.Sum(segment => segment.Zip(segment.Skip(1), (a, b) => Between(a.Latitude, a.Longitude, b.Latitude, b.Longitude)).Sum());

    public static double Between(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadius * Math.Asin(Math.Sqrt(h));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
