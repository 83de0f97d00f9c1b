using System.Globalization;
using System.Xml.Linq;

namespace FitnessApp.Modules.Training.Tests.Statistics;

/// <summary>
/// Reads coordinates out of the shared test corpus (../shared/corpus beside the repository) with
/// System.Xml.Linq; just enough for the tests, not a file importer.
/// </summary>
internal static class CorpusFiles
{
    public static string Path(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var corpus = System.IO.Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                var file = System.IO.Path.Combine(corpus, relative);
                if (!File.Exists(file))
                {
                    throw new FileNotFoundException($"The corpus file {relative} is missing from {corpus}.", file);
                }

                return file;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException(
            $"No folder named shared/corpus was found above {AppContext.BaseDirectory}: the test corpus must sit beside the repository (../shared/corpus).");
    }

    /// <summary>Every track segment of a GPX file as (lat, lon, ele) arrays (ele NaN when absent).</summary>
    public static List<(double[] Lat, double[] Lon, double[] Ele)> GpxSegments(string relative) =>
        GpxTimedSegments(relative).Select(s => (s.Lat, s.Lon, s.Ele)).ToList();

    /// <summary>Every track segment with its point times in seconds since 1970 (NaN for a point without; <see langword="null"/> when none has one).</summary>
    public static List<(double[] Lat, double[] Lon, double[] Ele, double[]? Time)> GpxTimedSegments(string relative)
    {
        var doc = XDocument.Load(Path(relative));
        var segments = new List<(double[], double[], double[], double[]?)>();
        foreach (var segment in doc.Descendants().Where(e => e.Name.LocalName == "trkseg"))
        {
            var points = segment.Elements().Where(e => e.Name.LocalName == "trkpt").ToList();
            segments.Add((
                points.Select(p => Number(p.Attribute("lat")!.Value)).ToArray(),
                points.Select(p => Number(p.Attribute("lon")!.Value)).ToArray(),
                points.Select(p => p.Elements().FirstOrDefault(e => e.Name.LocalName == "ele") is { } ele ? Number(ele.Value) : double.NaN).ToArray(),
                points.Any(p => Child(p, "time") is not null)
                    ? points.Select(p => Child(p, "time") is { } time
                        ? DateTimeOffset.Parse(time.Value, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() / 1000.0
                        : double.NaN).ToArray()
                    : null));
        }

        return segments;
    }

    /// <summary>The trackpoints of a TCX file: seconds from the first, altitude, distance, heart rate (NaN when absent).</summary>
    public static (double[] Seconds, double[] Altitude, double[] Distance, double[] HeartRate) TcxTrackpoints(string relative)
    {
        var doc = XDocument.Load(Path(relative));
        var points = doc.Descendants().Where(e => e.Name.LocalName == "Trackpoint").ToList();
        var times = points.Select(p => DateTimeOffset.Parse(Child(p, "Time")!.Value, CultureInfo.InvariantCulture)).ToArray();
        return (
            times.Select(t => (t - times[0]).TotalSeconds).ToArray(),
            points.Select(p => Child(p, "AltitudeMeters") is { } a ? Number(a.Value) : double.NaN).ToArray(),
            points.Select(p => Child(p, "DistanceMeters") is { } d ? Number(d.Value) : double.NaN).ToArray(),
            points.Select(p => Child(p, "HeartRateBpm") is { } h ? Number(Child(h, "Value")!.Value) : double.NaN).ToArray());
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
