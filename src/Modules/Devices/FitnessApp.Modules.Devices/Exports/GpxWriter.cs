using System.Globalization;
using System.Text;
using System.Xml;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Exports;

/// <summary>
/// Writes a track as GPX 1.1, streamed with <see cref="XmlWriter"/>: one &lt;trk&gt; of one &lt;trkseg&gt;, heart rate,
/// cadence and air temperature in Garmin's TrackPointExtension v1, power in Garmin's PowerExtension v1. GPX needs a
/// position on every point, so samples without one (indoor parts) are left out.
/// </summary>
internal static class GpxWriter
{
    public const string Gpx = "http://www.topografix.com/GPX/1/1";
    public const string TrackPointExtension = "http://www.garmin.com/xmlschemas/TrackPointExtension/v1";
    public const string PowerExtension = "http://www.garmin.com/xmlschemas/PowerExtension/v1";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    };

    public static bool HasPositions(ActivityTrack track) => track.Samples.Any(s => s.Latitude is not null && s.Longitude is not null);

    public static async Task WriteAsync(ActivityTrack track, Stream output, CancellationToken cancellationToken)
    {
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gpx", Gpx);
        await xml.WriteAttributeStringAsync(null, "version", null, "1.1");
        await xml.WriteAttributeStringAsync(null, "creator", null, "FitnessApp");
        await xml.WriteAttributeStringAsync("xmlns", "gpxtpx", null, TrackPointExtension);
        await xml.WriteAttributeStringAsync("xmlns", "pwr", null, PowerExtension);
        await xml.WriteStartElementAsync(null, "metadata", Gpx);
        await xml.WriteElementStringAsync(null, "name", Gpx, track.Title);
        await xml.WriteElementStringAsync(null, "time", Gpx, Time(track.StartTime));
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "trk", Gpx);
        await xml.WriteElementStringAsync(null, "name", Gpx, track.Title);
        await xml.WriteElementStringAsync(null, "type", Gpx, track.Sport.ToString().ToLowerInvariant());
        await xml.WriteStartElementAsync(null, "trkseg", Gpx);
        var written = 0;
        foreach (var sample in track.Samples)
        {
            if (sample is { Latitude: { } latitude, Longitude: { } longitude })
            {
                await WritePointAsync(xml, sample, latitude, longitude);
                if (++written % 1000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await xml.FlushAsync();
                }
            }
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WritePointAsync(XmlWriter xml, TrackSample sample, double latitude, double longitude)
    {
        await xml.WriteStartElementAsync(null, "trkpt", Gpx);
        await xml.WriteAttributeStringAsync(null, "lat", null, Number(latitude, "0.#######"));
        await xml.WriteAttributeStringAsync(null, "lon", null, Number(longitude, "0.#######"));
        if (sample.Altitude is { } altitude)
        {
            await xml.WriteElementStringAsync(null, "ele", Gpx, Number(altitude, "0.##"));
        }

        await xml.WriteElementStringAsync(null, "time", Gpx, Time(sample.Time));
        if (sample.HeartRate is not null || sample.Cadence is not null || sample.Temperature is not null || sample.Power is not null)
        {
            await xml.WriteStartElementAsync(null, "extensions", Gpx);
            if (sample.HeartRate is not null || sample.Cadence is not null || sample.Temperature is not null)
            {
                await xml.WriteStartElementAsync("gpxtpx", "TrackPointExtension", TrackPointExtension);
                if (sample.Temperature is { } temperature)
                {
                    await xml.WriteElementStringAsync("gpxtpx", "atemp", TrackPointExtension, Number(temperature, "0.#"));
                }

                if (sample.HeartRate is { } heartRate)
                {
                    await xml.WriteElementStringAsync("gpxtpx", "hr", TrackPointExtension, Number(Math.Round(heartRate), "0"));
                }

                if (sample.Cadence is { } cadence)
                {
                    await xml.WriteElementStringAsync("gpxtpx", "cad", TrackPointExtension, Number(Math.Round(cadence), "0"));
                }

                await xml.WriteEndElementAsync();
            }

            if (sample.Power is { } power)
            {
                await xml.WriteElementStringAsync("pwr", "PowerInWatts", PowerExtension, Number(Math.Round(power), "0"));
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString(time.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
