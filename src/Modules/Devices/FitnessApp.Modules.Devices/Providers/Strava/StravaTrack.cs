using System.Globalization;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Providers.Strava;

/// <summary>Strava's activity and streams in Training's terms.</summary>
internal static class StravaTrack
{
    public const string FallbackTimeZone = "Etc/UTC";

    /// <summary>One sample per <c>time</c> entry, at the activity's start plus that many seconds; samples without a time are dropped.</summary>
    public static IReadOnlyList<TrackSample> Samples(DateTimeOffset start, StravaStreams streams)
    {
        var samples = new List<TrackSample>(streams.Time.Count);
        for (var i = 0; i < streams.Time.Count; i++)
        {
            var seconds = streams.Time[i];
            if (!double.IsFinite(seconds))
            {
                continue;
            }

            var position = streams.LatLng?[i];
            samples.Add(new TrackSample(
                start.AddSeconds(seconds),
                Latitude: position?.Latitude,
                Longitude: position?.Longitude,
                Altitude: streams.Altitude?[i],
                Distance: streams.Distance?[i],
                HeartRate: streams.HeartRate?[i],
                Cadence: streams.Cadence?[i],
                Power: streams.Watts?[i],
                Speed: streams.Velocity?[i],
                Temperature: streams.Temperature?[i]));
        }

        return samples;
    }

    /// <summary>The IANA id in Strava's <c>"(GMT+01:00) Europe/Berlin"</c>; UTC when it is missing or unknown here.</summary>
    public static string TimeZoneOf(string? stravaTimezone)
    {
        var id = stravaTimezone?[(stravaTimezone.IndexOf(')', StringComparison.Ordinal) + 1)..].Trim();
        return !string.IsNullOrEmpty(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : FallbackTimeZone;
    }

    public static Sport SportOf(string? sportType) => sportType?.ToLower(CultureInfo.InvariantCulture) switch
    {
        "run" or "virtualrun" => Sport.Running,
        "trailrun" => Sport.TrailRunning,
        "walk" => Sport.Walking,
        "hike" => Sport.Hiking,
        "ride" or "mountainbikeride" or "gravelride" or "ebikeride" or "emountainbikeride" or "velomobile" => Sport.Cycling,
        "virtualride" => Sport.IndoorCycling,
        "swim" => Sport.OpenWaterSwimming,
        "weighttraining" or "crossfit" => Sport.Strength,
        "yoga" => Sport.Yoga,
        "rowing" or "virtualrow" => Sport.Rowing,
        "alpineski" or "backcountryski" or "nordicski" => Sport.Skiing,
        _ => Sport.Other,
    };

    /// <summary>Training's command for the activity; null when the streams hold fewer than two timed samples (e.g. a manual entry).</summary>
    public static RecordTrackActivity? ToCommand(Guid athleteId, StravaActivity activity, StravaStreams streams, bool ownerOnly)
    {
        var samples = Samples(activity.StartDate, streams);
        if (samples.Count < 2)
        {
            return null;
        }

        return new RecordTrackActivity(
            athleteId,
            SportOf(activity.SportType ?? activity.Type),
            activity.StartDate,
            TimeZoneOf(activity.Timezone),
            samples,
            Title: string.IsNullOrWhiteSpace(activity.Name) ? null : activity.Name,
            Visibility: ownerOnly ? Visibility.Private : null,
            DeviceName: activity.DeviceName,
            DeviceCalories: activity.Calories is > 0 ? activity.Calories : null,
            DeviceDistanceMeters: activity.Distance is > 0 ? activity.Distance : null,
            OwnerOnly: ownerOnly);
    }
}
