using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>The gear and goals API as the tests call it.</summary>
public static class GearApi
{
    public const string Url = "/api/v1/training/gear";
    public const string GoalsUrl = "/api/v1/training/goals";

    /// <summary>Adds gear and returns its JSON; fails the test unless the API answered 201.</summary>
    public static async Task<JsonElement> AddGearAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> AddShoesAsync(this HttpClient client, double? thresholdMeters = null, double initialMeters = 0) =>
        client.AddGearAsync(new { kind = "shoes", name = "Pegasus 41", brand = "Nike", sports = new[] { "running" }, initialDistanceMeters = initialMeters, retirementThresholdMeters = thresholdMeters });

    public static async Task<JsonElement> GetGearAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{Url}/{id}");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Sets a goal and returns its JSON; fails the test unless the API answered 201.</summary>
    public static async Task<JsonElement> AddGoalAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(GoalsUrl, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
