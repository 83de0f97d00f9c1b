using System.Text.Json;
using System.Text.Json.Serialization;

namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>
/// A checker's parameters (stored as JSON): <see cref="Target"/> always; <see cref="Metric"/> and optional
/// <see cref="Sport"/> (camelCase names) for totals; <see cref="Hour"/> for early bird / night owl; <see cref="GapDays"/>
/// for comebacks; <see cref="Steps"/> for step days.
/// </summary>
internal sealed record CheckerParameters(long Target, string? Metric = null, string? Sport = null, int? Hour = null, int? GapDays = null, int? Steps = null)
{
    public const int EarlyBirdHour = 7;
    public const int NightOwlHour = 21;
    public const int ComebackGapDays = 30;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static CheckerParameters Parse(string json) =>
        JsonSerializer.Deserialize<CheckerParameters>(json, Json) ?? throw new JsonException("Empty checker parameters.");

    public static bool TryParse(string? json, out CheckerParameters? parameters)
    {
        parameters = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            parameters = Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
