using System.Xml;
using FitnessApp.Modules.Devices.Files.Xml;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Files.Tcx;

/// <summary>
/// Reads one &lt;Activity&gt; element, deciding what each value is by its parent element's local name (a lap's
/// DistanceMeters is its total, a trackpoint's the distance so far). A new &lt;Track&gt; inside a lap starts
/// after a timer stop, so the gap before it is a pause.
/// </summary>
internal sealed class TcxActivityReader(XmlReader reader, int number, XmlLimits limits, CancellationToken cancellationToken)
{
    private static readonly HashSet<string> Containers =
        ["Creator", "AverageHeartRateBpm", "MaximumHeartRateBpm", "HeartRateBpm", "Position", "Extensions", "LX", "TPX"];

    private readonly List<TrackSample> samples = [];
    private readonly List<TrackPause> pauses = [];
    private readonly List<ParsedLap> laps = [];
    private readonly Stack<string> path = new();
    private DateTimeOffset? id;
    private string? deviceName;
    private LapValues? lap;
    private PointValues? point;
    private bool trackStarted;

    public ParsedActivity Read()
    {
        var sport = TcxSports.From(reader.GetAttribute("Sport"));
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return Build(sport);
        }

        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    SafeXml.CheckDepth(reader, limits);
                    Element();
                    break;
                case XmlNodeType.EndElement:
                    Close(path.Pop());
                    reader.Read();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        return Build(sport);
    }

    private void Element()
    {
        var name = reader.LocalName;
        var parent = path.Count > 0 ? path.Peek() : "Activity";
        switch (parent, name)
        {
            case ("Activity", "Lap"):
                lap = new LapValues { Start = XmlValues.Time(reader.GetAttribute("StartTime") ?? "") };
                Open(name);
                return;
            case ("Lap", "Track"):
                trackStarted = true;
                Open(name);
                return;
            case ("Track", "Trackpoint"):
                if (samples.Count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                point = new PointValues();
                Open(name);
                return;
            case ("Activity", "Id"):
                id = XmlValues.Time(Text());
                return;
            case ("Creator", "Name"):
                var device = Text();
                deviceName = device.Length > 0 ? device : deviceName;
                return;
        }

        if (lap is not null && point is not null && Point(parent, name))
        {
            return;
        }

        if (lap is not null && point is null && Lap(parent, name))
        {
            return;
        }

        if (Containers.Contains(name))
        {
            Open(name);
        }
        else
        {
            SafeXml.Skip(reader, limits);
        }
    }

    private bool Lap(string parent, string name)
    {
        var values = lap!;
        var where = new Location("lap {0} of activity {1}", laps.Count + 1, number);
        switch (parent, name)
        {
            case ("Lap", "TotalTimeSeconds"):
                values.TimerSeconds = XmlValues.Number(Text(), "total time", where, 0, 10_000_000);
                return true;
            case ("Lap", "DistanceMeters"):
                values.Distance = XmlValues.Number(Text(), "distance", where, 0, 10_000_000);
                return true;
            case ("Lap", "Calories"):
                values.Calories = XmlValues.Number(Text(), "calories", where, 0, 100_000);
                return true;
            case ("Lap", "Cadence"):
                values.AverageCadence = XmlValues.Number(Text(), "cadence", where, 0, 300);
                return true;
            case ("AverageHeartRateBpm", "Value"):
                values.AverageHeartRate = XmlValues.Number(Text(), "average heart rate", where, 0, 250);
                return true;
            case ("MaximumHeartRateBpm", "Value"):
                values.MaxHeartRate = XmlValues.Number(Text(), "maximum heart rate", where, 0, 250);
                return true;
            case ("LX", "AvgRunCadence"):
                // Read before ??=: the element must be consumed even when the lap's Cadence already gave the value.
                var averageCadence = XmlValues.Number(Text(), "average cadence", where, 0, 300);
                values.AverageCadence ??= averageCadence;
                return true;
            case ("LX", "MaxRunCadence" or "MaxBikeCadence"):
                values.MaxCadence = XmlValues.Number(Text(), "maximum cadence", where, 0, 300);
                return true;
            default:
                return false;
        }
    }

    private bool Point(string parent, string name)
    {
        var values = point!;
        var where = new Location("trackpoint {0} of activity {1}", samples.Count + 1, number);
        switch (parent, name)
        {
            case ("Trackpoint", "Time"):
                values.Time = XmlValues.Time(Text());
                return true;
            case ("Position", "LatitudeDegrees"):
                values.Latitude = XmlValues.Number(Text(), "latitude", where, -90, 90);
                return true;
            case ("Position", "LongitudeDegrees"):
                values.Longitude = XmlValues.Number(Text(), "longitude", where, -180, 180);
                return true;
            case ("Trackpoint", "AltitudeMeters"):
                values.Altitude = XmlValues.Number(Text(), "altitude", where, -1_000, 10_000);
                return true;
            case ("Trackpoint", "DistanceMeters"):
                values.Distance = XmlValues.Number(Text(), "distance", where, 0, 10_000_000);
                return true;
            case ("HeartRateBpm", "Value"):
                values.HeartRate = XmlValues.Number(Text(), "heart rate", where, 0, 250);
                return true;
            case ("Trackpoint", "Cadence"):
                values.Cadence = XmlValues.Number(Text(), "cadence", where, 0, 300);
                return true;
            case ("TPX", "RunCadence"):
                // Read before ??=: the element must be consumed even when the trackpoint's Cadence already gave the value.
                var runCadence = XmlValues.Number(Text(), "cadence", where, 0, 300);
                values.Cadence ??= runCadence;
                return true;
            case ("TPX", "Speed"):
                values.Speed = XmlValues.Number(Text(), "speed", where, 0, 200);
                return true;
            case ("TPX", "Watts"):
                values.Power = XmlValues.Number(Text(), "power", where, 0, 5_000);
                return true;
            default:
                return false;
        }
    }

    private void Close(string name)
    {
        if (name == "Trackpoint" && point is { } values)
        {
            point = null;
            if (values.Time is not { } time)
            {
                return;
            }

            if (trackStarted && lap!.FirstSample is not null && samples.Count > 0 && time > samples[^1].Time)
            {
                pauses.Add(new TrackPause(samples[^1].Time, time));
            }

            trackStarted = false;
            lap!.FirstSample ??= time;
            samples.Add(new TrackSample(time, values.Latitude, values.Longitude, values.Altitude, values.Distance,
                values.HeartRate, values.Cadence, values.Power, values.Speed));
        }
        else if (name == "Lap" && lap is { } finished)
        {
            lap = null;
            laps.Add(new ParsedLap(finished.Start ?? finished.FirstSample ?? id ?? default, null, finished.TimerSeconds,
                finished.Distance, finished.Calories, finished.AverageHeartRate, finished.MaxHeartRate,
                finished.AverageCadence, finished.MaxCadence));
        }
    }

    private ParsedActivity Build(Training.Contracts.Activities.Sport? sport)
    {
        var start = id ?? (laps.Count > 0 && laps[0].StartTime != default ? (DateTimeOffset?)laps[0].StartTime : null)
            ?? (samples.Count > 0 ? samples[0].Time : default);
        return new ParsedActivity("tcx", sport, start, samples, pauses, laps,
            DeviceName: deviceName,
            TotalDistanceMeters: Sum(l => l.DistanceMeters),
            TotalCalories: Sum(l => l.Calories),
            TotalTimerSeconds: Sum(l => l.TimerSeconds));
    }

    private double? Sum(Func<ParsedLap, double?> value) =>
        laps.Any(l => value(l) is not null) ? laps.Sum(l => value(l) ?? 0) : null;

    private void Open(string name)
    {
        if (reader.IsEmptyElement)
        {
            path.Push(name);
            Close(path.Pop());
        }
        else
        {
            path.Push(name);
        }

        reader.Read();
    }

    private string Text() => reader.ReadElementContentAsString().Trim();

    private sealed class LapValues
    {
        public DateTimeOffset? Start { get; init; }
        public DateTimeOffset? FirstSample { get; set; }
        public double? TimerSeconds { get; set; }
        public double? Distance { get; set; }
        public double? Calories { get; set; }
        public double? AverageHeartRate { get; set; }
        public double? MaxHeartRate { get; set; }
        public double? AverageCadence { get; set; }
        public double? MaxCadence { get; set; }
    }

    private sealed class PointValues
    {
        public DateTimeOffset? Time { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public double? Altitude { get; set; }
        public double? Distance { get; set; }
        public double? HeartRate { get; set; }
        public double? Cadence { get; set; }
        public double? Power { get; set; }
        public double? Speed { get; set; }
    }
}
