using FitnessApp.Modules.Training.Contracts.Tracks;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.GetActivityTrack;

/// <summary>The same visibility as reading the activity (owner or public); the stream decoded back into contract samples.</summary>
internal sealed class GetActivityTrackHandler(TrainingDbContext db) : IRequestHandler<Contracts.Tracks.GetActivityTrack, ActivityTrack?>
{
    public async Task<ActivityTrack?> Handle(Contracts.Tracks.GetActivityTrack request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken);
        if (activity is null || !activity.IsVisibleTo(request.ViewerId))
        {
            return null;
        }

        var data = await db.ActivityStreams.AsNoTracking()
            .Where(s => s.ActivityId == activity.Id)
            .Select(s => s.Data)
            .SingleOrDefaultAsync(cancellationToken);
        var start = new DateTimeOffset(DateTime.SpecifyKind(activity.StartTime, DateTimeKind.Utc));
        var samples = data is null ? [] : ToSamples(StreamCodec.Decode(data), start);
        return new ActivityTrack(activity.Id, activity.Title, activity.Sport, start, activity.TimeZone, activity.DeviceName, samples);
    }

    private static List<TrackSample> ToSamples(TrackSamples track, DateTimeOffset start)
    {
        var samples = new List<TrackSample>(track.Count);
        for (var i = 0; i < track.Count; i++)
        {
            samples.Add(new TrackSample(
                start.AddTicks((long)Math.Round(track.Seconds[i] * TimeSpan.TicksPerSecond)),
                At(track.Latitude, i),
                At(track.Longitude, i),
                At(track.Altitude, i),
                At(track.Distance, i),
                At(track.HeartRate, i),
                At(track.Cadence, i),
                At(track.Power, i),
                At(track.Speed, i),
                At(track.Temperature, i)));
        }

        return samples;
    }

    private static double? At(double[]? column, int index) =>
        column is not null && !double.IsNaN(column[index]) ? column[index] : null;
}
