using System.Text.Json;
using System.Text.Json.Serialization;

namespace FitnessApp.Modules.Training.Streams;

/// <summary>How the stored statistics are serialised: camelCase, as the API shows them.</summary>
internal static class StreamJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static ActivityStatisticsResponse? ReadStatistics(string json) =>
        JsonSerializer.Deserialize<ActivityStatisticsResponse>(json, Options);
}
