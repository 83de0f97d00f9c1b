using FitnessApp.Modules.Devices.Files.Xml;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Files.Gpx;

/// <summary>
/// One activity per track that has timed points: its segments joined, the gap between two segments a pause.
/// Untimed points cannot become samples and are left out; a file with nothing timed is refused.
/// </summary>
internal sealed class GpxParser(XmlLimits? limits = null) : IActivityFileParser
{
    public string Format => "gpx";

    public IReadOnlyList<ParsedActivity> Parse(Stream file, CancellationToken cancellationToken = default)
    {
        var document = GpxReader.Read(file, limits ?? XmlLimits.Default, cancellationToken);
        if (document.Tracks.All(t => t.PointCount == 0))
        {
            throw new ActivityFileException("gpx.noTrack", document.RouteCount > 0
                ? "The GPX file holds a planned route but no recorded track, so there is no activity in it."
                : "There is no recorded track in this GPX file.");
        }

        var activities = document.Tracks
            .Select(track => ToActivity(track, document))
            .OfType<ParsedActivity>()
            .ToList();
        return activities.Count > 0
            ? activities
            : throw new ActivityFileException("gpx.noTimes", "The GPX track points carry no usable times (missing or impossible dates), so the file cannot become an activity.");
    }

    private static ParsedActivity? ToActivity(GpxTrack track, GpxDocument document)
    {
        var samples = new List<TrackSample>();
        var pauses = new List<TrackPause>();
        foreach (var segment in track.Segments)
        {
            var segmentStart = samples.Count;
            foreach (var point in segment)
            {
                if (point.Time is { } time)
                {
                    samples.Add(new TrackSample(time, point.Latitude, point.Longitude, point.Elevation, null,
                        point.HeartRate, point.Cadence, point.Power, point.Speed, point.Temperature));
                }
            }

            if (segmentStart > 0 && samples.Count > segmentStart && samples[segmentStart].Time > samples[segmentStart - 1].Time)
            {
                pauses.Add(new TrackPause(samples[segmentStart - 1].Time, samples[segmentStart].Time));
            }
        }

        return samples.Count == 0
            ? null
            : new ParsedActivity("gpx", GpxSports.From(track.Type), samples[0].Time, samples, pauses, [],
                Name: track.Name ?? document.Name, DeviceName: document.Creator);
    }
}
