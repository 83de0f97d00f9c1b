using System.Xml;
using FitnessApp.Modules.Devices.Files.Xml;

namespace FitnessApp.Modules.Devices.Files.Gpx;

/// <summary>
/// Streams a GPX 1.0 or 1.1 document by local names, so the GPX namespaces and Garmin's TrackPointExtension
/// v1/v2 (hr, cad, atemp, power, speed) all read alike.
/// </summary>
internal static class GpxReader
{
    public static GpxDocument Read(Stream file, XmlLimits limits, CancellationToken cancellationToken) =>
        SafeXml.Read(file, limits, reader => Read(reader, limits, cancellationToken));

    private static GpxDocument Read(XmlReader reader, XmlLimits limits, CancellationToken cancellationToken)
    {
        SafeXml.ExpectRoot(reader, "gpx", "GPX");
        var creator = reader.GetAttribute("creator");
        string? documentName = null;
        var tracks = new List<GpxTrack>();
        var routes = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            SafeXml.CheckDepth(reader, limits);
            switch (reader.LocalName)
            {
                case "trk" when reader.Depth == 1:
                    tracks.Add(ReadTrack(reader, tracks.Count + 1, limits, cancellationToken));
                    break;
                case "rte" when reader.Depth == 1:
                    routes++;
                    SafeXml.Skip(reader, limits);
                    break;
                case "name" when reader.Depth is 1 or 2:
                    // GPX 1.0 names the file in <gpx><name>, GPX 1.1 in <metadata><name>. The element is read even when a
                    // name is known: a second <name> left unread would never move the reader on.
                    var name = Text(reader);
                    documentName ??= name;
                    break;
                case "wpt" when reader.Depth == 1:
                    SafeXml.Skip(reader, limits);
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        return new GpxDocument(Blank(creator), documentName, tracks, routes);
    }

    private static GpxTrack ReadTrack(XmlReader reader, int number, XmlLimits limits, CancellationToken cancellationToken)
    {
        string? name = null, type = null;
        var segments = new List<IReadOnlyList<GpxPoint>>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new GpxTrack(null, null, segments);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "name":
                    name = Text(reader);
                    break;
                case "type":
                    type = Text(reader);
                    break;
                case "trkseg":
                    segments.Add(ReadSegment(reader, number, segments.Sum(s => s.Count), limits, cancellationToken));
                    break;
                default:
                    SafeXml.Skip(reader, limits);
                    break;
            }
        }

        reader.Read();
        return new GpxTrack(name, type, segments);
    }

    private static List<GpxPoint> ReadSegment(XmlReader reader, int track, int before, XmlLimits limits, CancellationToken cancellationToken)
    {
        var points = new List<GpxPoint>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return points;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "trkpt")
            {
                if (points.Count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                points.Add(ReadPoint(reader, new Location("track {0}, point {1}", track, before + points.Count + 1), limits));
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                SafeXml.Skip(reader, limits);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return points;
    }

    private static GpxPoint ReadPoint(XmlReader reader, Location where, XmlLimits limits)
    {
        var latitude = Coordinate(reader, "lat", "latitude", where, 90);
        var longitude = Coordinate(reader, "lon", "longitude", where, 180);
        double? elevation = null, heartRate = null, cadence = null, power = null, speed = null, temperature = null;
        DateTimeOffset? time = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new GpxPoint(latitude, longitude, null, null, null, null, null, null, null);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            SafeXml.CheckDepth(reader, limits);
            var direct = reader.Depth == depth + 1;
            switch (reader.LocalName)
            {
                case "ele" when direct:
                    elevation = XmlValues.Number(Text(reader) ?? "", "elevation", where, -1_000, 10_000);
                    break;
                case "time" when direct:
                    time = XmlValues.Time(Text(reader) ?? "");
                    break;
                case "speed":
                    speed = XmlValues.Number(Text(reader) ?? "", "speed", where, 0, 200);
                    break;
                case "extensions" when direct:
                    reader.Read();
                    break;
                case "hr" when !direct:
                    heartRate = XmlValues.Number(Text(reader) ?? "", "heart rate", where, 0, 250);
                    break;
                case "cad" when !direct:
                    cadence = XmlValues.Number(Text(reader) ?? "", "cadence", where, 0, 300);
                    break;
                case "atemp" or "wtemp" when !direct:
                    temperature ??= XmlValues.Number(Text(reader) ?? "", "temperature", where, -90, 70);
                    break;
                case "power" or "PowerInWatts" when !direct:
                    power = XmlValues.Number(Text(reader) ?? "", "power", where, 0, 5_000);
                    break;
                case "TrackPointExtension" or "TrackStatsExtension" or "PowerExtension" when !direct:
                    reader.Read();
                    break;
                default:
                    SafeXml.Skip(reader, limits);
                    break;
            }
        }

        reader.Read();
        return new GpxPoint(latitude, longitude, elevation, time, heartRate, cadence, power, speed, temperature);
    }

    private static double Coordinate(XmlReader reader, string attribute, string what, Location where, double limit) =>
        reader.GetAttribute(attribute) is { } text
            ? XmlValues.Number(text, what, where, -limit, limit)
            : throw new ActivityFileException("file.absurdValue", $"{Capitalised(where.ToString())} has no {what}.");

    /// <summary>The element's text; leaves the reader after its end tag.</summary>
    private static string? Text(XmlReader reader) => Blank(reader.ReadElementContentAsString());

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
