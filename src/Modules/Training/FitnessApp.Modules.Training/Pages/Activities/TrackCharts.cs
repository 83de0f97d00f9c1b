using FitnessApp.Modules.Training.Activities.GetActivityStreams;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Pages.Shared;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>A chart point: distance in the athlete's unit (km or mi) and a value.</summary>
internal sealed record ChartPoint(double Distance, double Value);

/// <summary>The detail page's charts against distance: pace or speed, heart rate, elevation, in the athlete's units.</summary>
internal sealed record TrackCharts(IReadOnlyList<ChartPoint> PaceOrSpeed, IReadOnlyList<ChartPoint> HeartRate, IReadOnlyList<ChartPoint> Elevation)
{
    /// <summary>Samples on each side of a point for the speed derived from distance over time (smooths GPS jitter).</summary>
    public const int SpeedWindow = 3;

    /// <summary>Null when the track has neither a distance channel nor positions (nothing to chart against).</summary>
    public static TrackCharts? From(ActivityStreamsResponse streams, Sport sport, Measures measures)
    {
        var distance = CumulativeDistance(streams);
        if (distance is null)
        {
            return null;
        }

        var paceOrSpeed = new List<ChartPoint>();
        var heartRate = new List<ChartPoint>();
        var elevation = new List<ChartPoint>();
        for (var i = 0; i < distance.Length; i++)
        {
            if (distance[i] is not { } meters)
            {
                continue;
            }

            var x = measures.ToDistanceUnits(meters);
            if (SpeedAt(streams, distance, i) is { } speed && measures.ChartPaceOrSpeed(sport, speed) is { } value)
            {
                paceOrSpeed.Add(new ChartPoint(x, value));
            }

            if (At(streams.HeartRate, i) is { } bpm)
            {
                heartRate.Add(new ChartPoint(x, bpm));
            }

            if (At(streams.Altitude, i) is { } altitude)
            {
                elevation.Add(new ChartPoint(x, measures.ToElevationUnits(altitude)));
            }
        }

        return new TrackCharts(paceOrSpeed, heartRate, elevation);
    }

    /// <summary>The device's distance channel, or the haversine sum over the positions (missing positions carry the last sum).</summary>
    public static double?[]? CumulativeDistance(ActivityStreamsResponse streams)
    {
        if (streams.Distance is { } device && device.Any(d => d is not null))
        {
            return [.. device];
        }

        if (streams.Latitude is not { } lat || streams.Longitude is not { } lon)
        {
            return null;
        }

        var sums = new double?[streams.Time.Count];
        double total = 0;
        (double Lat, double Lon)? previous = null;
        for (var i = 0; i < sums.Length; i++)
        {
            if (At(lat, i) is { } la && At(lon, i) is { } lo)
            {
                if (previous is { } p)
                {
                    total += Geo.HaversineMeters(p.Lat, p.Lon, la, lo);
                }

                previous = (la, lo);
                sums[i] = total;
            }
            else
            {
                sums[i] = previous is null ? null : total;
            }
        }

        return sums;
    }

    private static double? SpeedAt(ActivityStreamsResponse streams, double?[] distance, int i)
    {
        if (At(streams.Speed, i) is { } deviceSpeed)
        {
            return deviceSpeed;
        }

        var from = Math.Max(0, i - SpeedWindow);
        var to = Math.Min(distance.Length - 1, i + SpeedWindow);
        if (distance[from] is not { } d0 || distance[to] is not { } d1)
        {
            return null;
        }

        var seconds = streams.Time[to] - streams.Time[from];
        return seconds > 0 ? (d1 - d0) / seconds : null;
    }

    private static double? At(IReadOnlyList<double?>? channel, int i) => channel is not null && i < channel.Count ? channel[i] : null;
}
