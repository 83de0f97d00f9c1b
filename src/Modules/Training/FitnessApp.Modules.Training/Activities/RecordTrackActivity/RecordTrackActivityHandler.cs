using System.Text.Json;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Consent;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Progress;
using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;
using MediatR;

namespace FitnessApp.Modules.Training.Activities.RecordTrackActivity;

/// <summary>
/// Computes the statistics of the track with the sport's rules, then stores the activity (its summary taken from
/// the statistics; the device's distance total wins when given), the compact stream with the statistics, and
/// <see cref="ActivityRecorded"/> in the outbox, in the command's transaction. The athlete's profile (Accounts) gives
/// the heart-rate zones, TRIMP and the MET calorie estimate; without heart rate the load falls back to the sport's
/// default intensity (docs/adr/0009). Best efforts go to their own table for the records.
/// </summary>
internal sealed class RecordTrackActivityHandler(TrainingDbContext db, TimeProvider clock, IMediator mediator)
    : IRequestHandler<Contracts.Tracks.RecordTrackActivity, RecordedTrackActivity>
{
    public async Task<RecordedTrackActivity> Handle(Contracts.Tracks.RecordTrackActivity request, CancellationToken cancellationToken)
    {
        request = await HeartRateConsent.ApplyAsync(mediator, request, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = request.StartTime.UtcDateTime;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZone);
        var localDate = LocalDates.Of(start, zone);
        var profile = await AthleteProfiles.LoadAsync(mediator, request.AthleteId, cancellationToken);
        var athlete = AthleteProfiles.ForStatistics(profile, localDate);
        var track = TrackConversion.ToTrackSamples(request);
        var statistics = TrackStatisticsCalculator.Compute(track, TrackConversion.OptionsFor(request, athlete));
        var rule = SportRules.For(request.Sport);
        var elapsed = (int)Math.Round(statistics.ElapsedSeconds);
        var moving = Math.Min(elapsed, (int)Math.Round(statistics.MovingSeconds));
        var load = statistics.TrainingLoad ?? TrainingLoads.Estimate(request.Sport, moving > 0 ? moving : elapsed, null, null, athlete);
        var activity = new Activity
        {
            OwnerId = request.AthleteId,
            Sport = request.Sport,
            Title = string.IsNullOrWhiteSpace(request.Title)
                ? ActivityTitles.Default(request.Sport, TimeZoneInfo.ConvertTimeFromUtc(start, zone))
                : request.Title.Trim(),
            StartTime = start,
            TimeZone = TimeZones.IanaIdOf(zone),
            ElapsedSeconds = elapsed,
            MovingSeconds = moving,
            DistanceMeters = rule.HasDistance ? request.DeviceDistanceMeters ?? statistics.DistanceMeters : null,
            ElevationGainMeters = statistics.ElevationGainMeters,
            AverageHeartRate = Round(statistics.HeartRate?.Average),
            MaxHeartRate = Round(statistics.HeartRate?.Max),
            Calories = Round(statistics.Calories?.Kilocalories),
            Visibility = request.OwnerOnly ? Visibility.Private : request.Visibility ?? AthleteProfiles.DefaultVisibility(profile),
            OwnerOnly = request.OwnerOnly,
            Source = ActivitySource.Device,
            LocalDate = localDate,
            TrainingLoad = load.Value,
            TrainingLoadMethod = load.Method,
            DeviceName = DeviceNameOf(request.DeviceName),
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
        db.ActivityBestEfforts.AddRange(statistics.BestEfforts.Select(e => new ActivityBestEffort
        {
            ActivityId = activity.Id,
            OwnerId = activity.OwnerId,
            Sport = activity.Sport,
            DistanceMeters = e.DistanceMeters,
            Seconds = e.ElapsedSeconds,
            LocalDate = localDate,
        }));
        db.AddIntegrationEvent(ActivityEvents.Recorded(activity, now), now);
        return new RecordedTrackActivity(activity.Id, activity.DistanceMeters ?? 0, activity.ElapsedSeconds, activity.MovingSeconds);
    }

    /// <summary>Trimmed and cut to the column's length: a device's name is informational, not worth rejecting a track for.</summary>
    private static string? DeviceNameOf(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim() is var t && t.Length > Activity.DeviceNameMaxLength ? t[..Activity.DeviceNameMaxLength] : name.Trim();

    private static int? Round(double? value) => value is { } v && double.IsFinite(v) ? (int)Math.Round(v) : null;

}
