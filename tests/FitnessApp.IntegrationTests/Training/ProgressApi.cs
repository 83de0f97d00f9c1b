using System.Net;
using System.Text.Json;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>The progress endpoints as the tests call them.</summary>
public static class ProgressApi
{
    public const string Statistics = "/api/v1/training/stats";
    public const string Records = "/api/v1/training/records";
    public const string Fitness = "/api/v1/training/fitness";
    public const string Recommendation = "/api/v1/training/recommendation";

    /// <summary>k = 1 − e^(−1/τ) of the fitness (42 days) and fatigue (7 days) averages.</summary>
    public static readonly double FitnessFactor = 1 - Math.Exp(-1 / 42.0);
    public static readonly double FatigueFactor = 1 - Math.Exp(-1 / 7.0);

    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static double LoadOf(this JsonElement activity) => activity.GetProperty("trainingLoad").GetDouble();
}
