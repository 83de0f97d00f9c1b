using FitnessApp.Modules.Training.Contracts.Tracks;
using static FitnessApp.Modules.Devices.Files.Fit.FitProfile;

namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>Collects what an activity needs from the message stream: samples, timer pauses, laps, sessions, sport and device.</summary>
internal sealed class FitActivityBuilder : IFitMessageHandler
{
    private readonly FitRecordReader records = new();
    private readonly FitSamples samples = new();
    private readonly List<TrackPause> pauses = [];
    private readonly List<ParsedLap> laps = [];
    private readonly List<FitSession> sessions = [];
    private DateTimeOffset? pausedAt;
    private bool sawActivityFile;
    private bool sawOtherFile;
    private int? manufacturer;
    private int? product;
    private string? productName;
    private int? sport;
    private int? subSport;
    private string? sportName;
    private long? systemTimeOffset;
    private long? localTimeOffset;

    public void OnFileStart()
    {
        records.Reset();
        pausedAt = null;
    }

    public void OnMessage(FitMessage message)
    {
        switch (message.Global)
        {
            case Record.Message:
                records.Read(message, samples);
                break;
            case Event.Message:
                ReadEvent(message);
                break;
            case Lap.Message:
                laps.Add(ReadLap(message));
                break;
            case Session.Message:
                sessions.Add(ReadSession(message));
                break;
            case FileId.Message:
                ReadFileId(message);
                break;
            case DeviceInfo.Message when message.GetInt(DeviceInfo.DeviceIndex) == DeviceInfo.Creator:
                productName ??= message.GetString(DeviceInfo.ProductName);
                manufacturer ??= message.GetInt(DeviceInfo.Manufacturer);
                product ??= message.GetInt(DeviceInfo.Product);
                break;
            case FitProfile.Sport.Message:
                sport ??= message.GetInt(FitProfile.Sport.SportField);
                subSport ??= message.GetInt(FitProfile.Sport.SubSport);
                sportName ??= message.GetString(FitProfile.Sport.Name);
                break;
            case TimestampCorrelation.Message when message.Timestamp is { } utc && message.TryGetRaw(TimestampCorrelation.SystemTimestamp, out var system):
                systemTimeOffset ??= utc - (long)system;
                break;
            case DeviceSettings.Message when message.TryGetRaw(DeviceSettings.TimeOffset, out var offset):
                systemTimeOffset ??= (long)offset;
                break;
            case FitProfile.Activity.Message when message.Timestamp is { } end && message.TryGetRaw(FitProfile.Activity.LocalTimestamp, out var local)
                && local >= SystemTimeLimit:
                localTimeOffset ??= (long)local - end;
                break;
            default:
                break;
        }
    }

    public IReadOnlyList<ParsedActivity> Build()
    {
        if (sawOtherFile && !sawActivityFile)
        {
            throw FitErrors.NotActivity();
        }

        if (samples.Count == 0)
        {
            throw FitErrors.NoRecords();
        }

        ToUtc();
        var device = FitDevices.Name(manufacturer, product, productName);
        var ordered = sessions.Where(s => s.StartTime is not null).OrderBy(s => s.StartTime).ToList();
        if (ordered.Count <= 1)
        {
            var session = ordered.FirstOrDefault() ?? sessions.FirstOrDefault();
            return [Create(session, samples, pauses, laps, device, sportName)];
        }

        var activities = new List<ParsedActivity>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var from = ordered[i].StartTime!.Value;
            var to = i + 1 < ordered.Count ? ordered[i + 1].StartTime!.Value : DateTimeOffset.MaxValue;
            var own = samples.Between(from, to);
            // A transition between the sports of a multisport file is a boundary, not an activity.
            if (own.Count > 0 && ordered[i].Sport != FitSports.Transition)
            {
                activities.Add(Create(
                    ordered[i],
                    own,
                    pauses.Where(p => p.Start >= from && p.Start < to).ToList(),
                    laps.Where(l => l.StartTime >= from && l.StartTime < to).ToList(),
                    device,
                    null));
            }
        }

        return activities.Count > 0 ? activities : throw FitErrors.NoRecords();
    }

    // Devices without a clock yet (no GPS fix, no phone) count seconds from power-on; the file then says how that
    // system time maps to UTC (timestamp_correlation or device_settings.time_offset), or at least to local time
    // (activity.local_timestamp, e.g. a Forerunner 70): local time taken as UTC dates the activity within the zone's
    // offset, which beats refusing it. Only such files pay for this pass.
    private void ToUtc()
    {
        var limit = ToTime(SystemTimeLimit);
        var relative = false;
        for (var i = 0; i < samples.Count && !relative; i++)
        {
            relative = samples.TimeAt(i) < limit;
        }

        if (!relative)
        {
            return;
        }

        if ((systemTimeOffset ?? localTimeOffset) is not { } offset || offset <= 0 || offset > uint.MaxValue)
        {
            throw FitErrors.NoClock();
        }

        DateTimeOffset Utc(DateTimeOffset time) => time < limit && time >= Epoch ? time.AddSeconds(offset) : time;
        samples.MapTimes(Utc);

        for (var i = 0; i < pauses.Count; i++)
        {
            pauses[i] = new TrackPause(Utc(pauses[i].Start), Utc(pauses[i].End));
        }

        for (var i = 0; i < laps.Count; i++)
        {
            laps[i] = laps[i] with { StartTime = Utc(laps[i].StartTime) };
        }

        for (var i = 0; i < sessions.Count; i++)
        {
            sessions[i] = sessions[i] with
            {
                StartTime = sessions[i].StartTime is { } start ? Utc(start) : null,
                EndTime = sessions[i].EndTime is { } end ? Utc(end) : null,
            };
        }
    }

    private ParsedActivity Create(
        FitSession? session,
        FitSamples own,
        List<TrackPause> ownPauses,
        List<ParsedLap> ownLaps,
        string? device,
        string? name) =>
        new(
            "fit",
            FitSports.ToSport(session?.Sport ?? sport, session?.Sport is null ? subSport : session.SubSport),
            session?.StartTime ?? own.TimeAt(0),
            own,
            ownPauses,
            ownLaps,
            name,
            device,
            session?.TotalDistanceMeters,
            session?.TotalCalories,
            session?.TotalElapsedSeconds,
            session?.TotalTimerSeconds);

    private void ReadFileId(FitMessage message)
    {
        if (message.GetInt(FileId.Type) is { } type)
        {
            sawActivityFile |= type == FileId.ActivityType;
            sawOtherFile |= type != FileId.ActivityType;
        }

        manufacturer ??= message.GetInt(FileId.Manufacturer);
        product ??= message.GetInt(FileId.Product);
    }

    private void ReadEvent(FitMessage message)
    {
        if (message.GetInt(Event.EventField) != Event.Timer || message.Timestamp is not { } timestamp)
        {
            return;
        }

        var time = ToTime(timestamp);
        switch (message.GetInt(Event.EventType))
        {
            case Event.Stop or Event.StopAll or Event.StopDisable or Event.StopDisableAll:
                pausedAt ??= time;
                break;
            case Event.Start when pausedAt is { } start:
                if (time > start)
                {
                    pauses.Add(new TrackPause(start, time));
                }

                pausedAt = null;
                break;
            default:
                break;
        }
    }

    private static ParsedLap ReadLap(FitMessage message)
    {
        var elapsed = Amount(message.Get(Summary.TotalElapsedTime, Summary.TimeScale));
        return new ParsedLap(
            StartOf(message, elapsed) ?? DateTimeOffset.MinValue,
            elapsed,
            Amount(message.Get(Summary.TotalTimerTime, Summary.TimeScale)),
            Amount(message.Get(Summary.TotalDistance, Summary.DistanceScale)),
            Amount(message.Get(Summary.TotalCalories)),
            message.Get(Lap.AverageHeartRate),
            message.Get(Lap.MaxHeartRate),
            message.Get(Lap.AverageCadence),
            message.Get(Lap.MaxCadence));
    }

    private static FitSession ReadSession(FitMessage message)
    {
        var elapsed = Amount(message.Get(Summary.TotalElapsedTime, Summary.TimeScale));
        return new FitSession(
            StartOf(message, elapsed),
            message.Timestamp is { } end ? ToTime(end) : null,
            message.GetInt(Session.SportField),
            message.GetInt(Session.SubSport),
            Amount(message.Get(Summary.TotalDistance, Summary.DistanceScale)),
            Amount(message.Get(Summary.TotalCalories)),
            elapsed,
            Amount(message.Get(Summary.TotalTimerTime, Summary.TimeScale)));
    }

    // A total is never negative: a file that declares the field signed and says so has no total.
    private static double? Amount(double? value) => value >= 0 ? value : null;

    private static DateTimeOffset? StartOf(FitMessage message, double? elapsedSeconds)
    {
        if (message.TryGetRaw(Summary.StartTime, out var start))
        {
            return ToTime((uint)start);
        }

        // A summary's elapsed time is at most 2^32 ms (50 days) in the profile's uint32; a file that declares the field
        // with another base type could say anything, and a start before the FIT epoch is no start.
        return message.Timestamp is { } end && elapsedSeconds is >= 0 and <= uint.MaxValue / Summary.TimeScale
            ? ToTime(end).AddSeconds(-elapsedSeconds.Value)
            : null;
    }
}
