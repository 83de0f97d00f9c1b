using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>The steps most API tests start with: a new athlete and a client signed in as that athlete.</summary>
public static class ApiClientExtensions
{
    public const string Password = "correct horse battery staple";

    /// <summary>The terms version in force by default (appsettings Accounts:Legal:TermsVersion): registration must accept it.</summary>
    public const string TermsVersion = "2026-11-01";

    public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);

    /// <summary>Registers an athlete who accepts the terms and, unless told otherwise, consents to health data (most tests send heart rate or weight).</summary>
    public static async Task<string> RegisterAsync(this HttpClient client, string? email = null, string displayName = "Test Athlete", bool healthDataConsent = true)
    {
        email ??= $"athlete-{Guid.NewGuid():N}@example.com";
        var response = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = Password, displayName, acceptedTermsVersion = TermsVersion, healthDataConsent });
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
    public static async Task<HttpClient> CreateAthleteClientAsync(this FitnessAppFactory app, string? email = null, bool healthDataConsent = true)
    {
        var client = app.CreateClient();
        var registered = await client.RegisterAsync(email, healthDataConsent: healthDataConsent);
        var token = await client.LoginAsync(registered);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}
