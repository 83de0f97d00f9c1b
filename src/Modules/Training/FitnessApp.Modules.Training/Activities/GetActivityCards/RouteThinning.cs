using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Activities.GetActivityCards;

/// <summary>
/// A route small enough for a thumbnail: the positions of a track taken at an even stride so that at most
/// <c>maxPoints</c> remain, the first and last always kept. Samples without a position are skipped.
/// </summary>
internal static class RouteThinning
{
    public static IReadOnlyList<RoutePoint> Thin(TrackSamples track, int maxPoints)
    {
        if (track.Latitude is not { } latitudes || track.Longitude is not { } longitudes)
        {
            return [];
        }

        var positions = new List<RoutePoint>(track.Count);
        for (var i = 0; i < track.Count; i++)
        {
            if (!double.IsNaN(latitudes[i]) && !double.IsNaN(longitudes[i]))
            {
                positions.Add(new RoutePoint(latitudes[i], longitudes[i]));
            }
        }

        if (positions.Count <= maxPoints)
        {
            return positions.Count < 2 ? [] : positions;
        }

        var thinned = new List<RoutePoint>(maxPoints);
        var stride = (positions.Count - 1) / (double)(maxPoints - 1);
        for (var k = 0; k < maxPoints; k++)
        {
            thinned.Add(positions[(int)Math.Round(k * stride)]);
        }

        return thinned;
    }
}
