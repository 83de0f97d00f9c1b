namespace FitnessApp.Modules.Training.Statistics;

/// <summary>Great-circle distances on a spherical Earth.</summary>
internal static class Geo
{
    /// <summary>The IUGG mean Earth radius R1 in metres (1° of latitude ≈ 111,195 m on it).</summary>
    public const double MeanEarthRadiusMeters = 6_371_008.8;

    private const double DegreesToRadians = Math.PI / 180;

    /// <summary>The haversine distance in metres between two WGS 84 positions (degrees), ignoring altitude.</summary>
    public static double HaversineMeters(double lat1, double lon1, double lat2, double lon2) =>
        Haversine(lat1 * DegreesToRadians, Math.Cos(lat1 * DegreesToRadians), lon1, lat2 * DegreesToRadians, Math.Cos(lat2 * DegreesToRadians), lon2);

    /// <summary>The haversine distance with the latitudes already in radians and their cosines precomputed.</summary>
    internal static double Haversine(double phi1, double cosPhi1, double lon1Deg, double phi2, double cosPhi2, double lon2Deg)
    {
        var sinDPhi = Math.Sin((phi2 - phi1) * 0.5);
        var sinDLambda = Math.Sin((lon2Deg - lon1Deg) * DegreesToRadians * 0.5);
        var a = (sinDPhi * sinDPhi) + (cosPhi1 * cosPhi2 * sinDLambda * sinDLambda);
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    internal static double ToRadians(double degrees) => degrees * DegreesToRadians;
}
