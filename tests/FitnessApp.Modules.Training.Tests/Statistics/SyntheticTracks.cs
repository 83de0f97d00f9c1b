using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

/// <summary>Synthetic tracks whose statistics are known from first principles.</summary>
internal static class SyntheticTracks
{
    /// <summary>Metres per degree of latitude on the mean Earth radius (R·π/180).</summary>
    public const double MetersPerDegree = Geo.MeanEarthRadiusMeters * Math.PI / 180;

    /// <summary>A 1 Hz track going north along the prime meridian, with the cumulative distance given per second.</summary>
    public static TrackSamples Meridian(int seconds, Func<int, double> distanceAt)
    {
        var n = seconds + 1;
        var t = new double[n];
        var lat = new double[n];
        var lon = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = i;
            lat[i] = distanceAt(i) / MetersPerDegree;
        }

        return new TrackSamples(t) { Latitude = lat, Longitude = lon };
    }

    /// <summary>A 1 Hz track with only the device's cumulative distance channel.</summary>
    public static TrackSamples DeviceDistance(int seconds, Func<int, double> distanceAt)
    {
        var n = seconds + 1;
        var t = new double[n];
        var d = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = i;
            d[i] = distanceAt(i);
        }

        return new TrackSamples(t) { Distance = d };
    }

    public static double[] Seconds(int seconds)
    {
        var t = new double[seconds + 1];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = i;
        }

        return t;
    }

    public static double[] Fill(int length, Func<int, double> value)
    {
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = value(i);
        }

        return values;
    }
}
