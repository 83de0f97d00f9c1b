using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>The steps most API tests start with: a new athlete and a client signed in as that athlete.</summary>
public static class ApiClientExtensions
{
    public const string Password = "correct horse battery staple";

    public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);

    public static async Task<string> RegisterAsync(this HttpClient client, string? email = null, string displayName = "Test Athlete")
    {
        email ??= $"athlete-{Guid.NewGuid():N}@example.com";
        var response = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = Password, displayName });
        response.EnsureSuccessStatusCode();
        return email;
    }

    public static async Task<TokenResponse> LoginAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    /// <summary>A new client that sends the bearer token of a freshly registered athlete.</summary>
    public static async Task<HttpClient> CreateAthleteClientAsync(this FitnessAppFactory app, string? email = null)
    {
        var client = app.CreateClient();
        var registered = await client.RegisterAsync(email);
        var token = await client.LoginAsync(registered);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}
