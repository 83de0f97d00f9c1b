using System.Text.Json;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;
using MediatR;

namespace FitnessApp.Modules.Training.Activities.RecordTrackActivity;

/// <summary>
/// Computes the statistics of the track with the sport's rules, then stores the activity (its summary taken from
/// the statistics; the device's distance total wins when given), the compact stream with the statistics, and
/// <see cref="ActivityRecorded"/> in the outbox, in the command's transaction.
/// </summary>
internal sealed class RecordTrackActivityHandler(TrainingDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Tracks.RecordTrackActivity, RecordedTrackActivity>
{
    public Task<RecordedTrackActivity> Handle(Contracts.Tracks.RecordTrackActivity request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var track = TrackConversion.ToTrackSamples(request);
        var statistics = TrackStatisticsCalculator.Compute(track, TrackConversion.OptionsFor(request));
        var rule = SportRules.For(request.Sport);
        var start = request.StartTime.UtcDateTime;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZone);
        var elapsed = (int)Math.Round(statistics.ElapsedSeconds);
        var activity = new Activity
        {
            OwnerId = request.AthleteId,
            Sport = request.Sport,
            Title = string.IsNullOrWhiteSpace(request.Title)
                ? ActivityTitles.Default(request.Sport, TimeZoneInfo.ConvertTimeFromUtc(start, zone))
                : request.Title.Trim(),
            StartTime = start,
            TimeZone = IanaIdOf(zone),
            ElapsedSeconds = elapsed,
            MovingSeconds = Math.Min(elapsed, (int)Math.Round(statistics.MovingSeconds)),
            DistanceMeters = rule.HasDistance ? request.DeviceDistanceMeters ?? statistics.DistanceMeters : null,
            ElevationGainMeters = statistics.ElevationGainMeters,
            AverageHeartRate = Round(statistics.HeartRate?.Average),
            MaxHeartRate = Round(statistics.HeartRate?.Max),
            Calories = Round(statistics.Calories?.Kilocalories),
            Visibility = request.Visibility ?? Visibility.Private,
            Source = ActivitySource.Device,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Activities.Add(activity);
        db.ActivityStreams.Add(new ActivityStream
        {
            ActivityId = activity.Id,
            SampleCount = track.Count,
            Channels = StreamCodec.ChannelsOf(track),
            Data = StreamCodec.Encode(track),
            StatisticsJson = JsonSerializer.Serialize(ActivityStatisticsResponse.From(statistics), StreamJson.Options),
        });
        db.AddIntegrationEvent(ActivityEvents.Recorded(activity, now), now);
        return Task.FromResult(new RecordedTrackActivity(activity.Id, activity.DistanceMeters ?? 0, activity.ElapsedSeconds, activity.MovingSeconds));
    }

    private static int? Round(double? value) => value is { } v && double.IsFinite(v) ? (int)Math.Round(v) : null;

    private static string IanaIdOf(TimeZoneInfo zone) =>
        !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
