using System.Globalization;
using System.Text;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>
/// An activity at the fake provider: a run north along a meridian at <see cref="Speed"/> m/s, 1 Hz, heart rate 150,
/// for <see cref="Seconds"/> seconds; served as Strava's DetailedActivity and streams, or as a GPX exercise file.
/// </summary>
public sealed record FakeActivity(long Id, string AthleteId, DateTimeOffset Start, string Name)
{
    public const int Seconds = 600;
    public const double Speed = 3.0;
    private const double MetersPerDegree = 6_371_008.8 * Math.PI / 180;

    public double DistanceMeters => Seconds * Speed;

    public object Detail() => new
    {
        id = Id,
        name = Name,
        type = "Run",
        sport_type = "Run",
        start_date = Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        timezone = "(GMT+01:00) Europe/Berlin",
        distance = DistanceMeters,
        elapsed_time = Seconds,
        moving_time = Seconds,
        calories = 180.0,
        device_name = "Fake Watch",
        athlete = new { id = long.Parse(AthleteId, CultureInfo.InvariantCulture) },
    };

    public object Streams()
    {
        var range = Enumerable.Range(0, Seconds + 1).ToList();
        return new Dictionary<string, object>
        {
            ["time"] = new { data = range, series_type = "distance", original_size = range.Count, resolution = "high" },
            ["latlng"] = new { data = range.Select(i => new[] { Latitude(i), 13.4 }) },
            ["distance"] = new { data = range.Select(i => i * Speed) },
            ["altitude"] = new { data = range.Select(_ => 50.0) },
            ["heartrate"] = new { data = range.Select(_ => 150) },
            ["cadence"] = new { data = range.Select(_ => 85) },
        };
    }

    public string Gpx()
    {
        var gpx = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="Fake Polar" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">""");
        gpx.Append(CultureInfo.InvariantCulture, $"<trk><name>{Name}</name><type>running</type><trkseg>");
        for (var i = 0; i <= Seconds; i++)
        {
            gpx.Append(CultureInfo.InvariantCulture, $"""<trkpt lat="{Latitude(i):R}" lon="13.4"><ele>50</ele><time>{Start.AddSeconds(i).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>""");
        }

        return gpx.Append("</trkseg></trk></gpx>").ToString();
    }

    private static double Latitude(int second) => 52.5 + (second * Speed / MetersPerDegree);
}
