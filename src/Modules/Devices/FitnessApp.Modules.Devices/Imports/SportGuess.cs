using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Imports;

/// <summary>
/// The sport of a file that does not say (many GPX files): by average speed over the track, walking under 7 km/h,
/// running under 16 km/h, cycling above; a file without distance or positions is "other".
/// </summary>
internal static class SportGuess
{
    public static Sport Of(ParsedActivity activity)
    {
        if (activity.Sport is { } sport)
        {
            return sport;
        }

        var samples = activity.Samples;
        if (samples.Count < 2)
        {
            return Sport.Other;
        }

        var seconds = (samples[^1].Time - samples[0].Time).TotalSeconds;
        var meters = activity.TotalDistanceMeters ?? PathLength(activity);
        if (seconds <= 0 || meters <= 0)
        {
            return Sport.Other;
        }

        var kmh = meters / seconds * 3.6;
        return kmh < 7 ? Sport.Walking : kmh < 16 ? Sport.Running : Sport.Cycling;
    }

    private static double PathLength(ParsedActivity activity)
    {
        double total = 0;
        (double Lat, double Lon)? previous = null;
        foreach (var sample in activity.Samples)
        {
            if (sample is { Latitude: { } lat, Longitude: { } lon })
            {
                if (previous is { } p)
                {
                    total += Haversine(p.Lat, p.Lon, lat, lon);
                }

                previous = (lat, lon);
            }
        }

        return total;
    }

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double radius = 6_371_008.8;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * radius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
