using System.Text.Json.Serialization;

namespace FitnessApp.Modules.Devices.Providers.Strava;

/// <summary>The parts of Strava's DetailedActivity (GET /api/v3/activities/{id}) that we record.</summary>
internal sealed record StravaActivity(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("sport_type")] string? SportType,
    [property: JsonPropertyName("start_date")] DateTimeOffset StartDate,
    [property: JsonPropertyName("timezone")] string? Timezone,
    [property: JsonPropertyName("distance")] double? Distance,
    [property: JsonPropertyName("calories")] double? Calories,
    [property: JsonPropertyName("device_name")] string? DeviceName);
