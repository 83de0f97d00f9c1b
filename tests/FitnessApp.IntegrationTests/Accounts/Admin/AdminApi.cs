using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts.Security;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Accounts.Admin;

/// <summary>Clients of the admin API: the bootstrap admin, a fresh operator, a fresh athlete.</summary>
internal static class AdminApi
{
    public const string Users = "/api/v1/admin/users";
    public const string Audit = "/api/v1/admin/audit";

    public static async Task<HttpClient> AdminClientAsync(this SecurityApp app)
    {
        var token = await app.CreateClient().LoginAsync(SecurityApp.OperatorEmail, SecurityApp.OperatorPassword);
        return app.CreateClient().WithBearer(token.AccessToken);
    }

    /// <summary>A new account with the operator role (given directly, so no admin action is audited for it).</summary>
    public static async Task<(HttpClient Client, string Email)> OperatorClientAsync(this SecurityApp app)
    {
        var email = await app.CreateClient().RegisterAsync(displayName: "Test Operator");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = await users.FindByEmailAsync(email);
            (await users.AddToRoleAsync(user!, PlatformRoles.Operator)).Succeeded.ShouldBeTrue();
        }

        var token = await app.CreateClient().LoginAsync(email);
        return (app.CreateClient().WithBearer(token.AccessToken), email);
    }

    /// <summary>Registers an athlete (not signed in) and answers its email and id.</summary>
    public static async Task<(string Email, Guid Id)> NewAthleteAsync(this SecurityApp app, string displayName = "Test Athlete")
    {
        var email = await app.CreateClient().RegisterAsync(displayName: displayName);
        return (email, await app.UserIdAsync(email));
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path) =>
        await (await client.GetAsync(path)).JsonAsync();

    public static Task<HttpResponseMessage> LockAsync(this HttpClient client, Guid id, object? body = null) =>
        body is null ? client.PostAsync($"{Users}/{id}/lock", null) : client.PostAsJsonAsync($"{Users}/{id}/lock", body);

    public static Task<HttpResponseMessage> UnlockAsync(this HttpClient client, Guid id) =>
        client.PostAsync($"{Users}/{id}/unlock", null);

    public static Task<HttpResponseMessage> SetRolesAsync(this HttpClient client, Guid id, params string[] roles) =>
        client.PutAsJsonAsync($"{Users}/{id}/roles", new { roles });

    public static Task<HttpResponseMessage> ResendConfirmationAsync(this HttpClient client, Guid id) =>
        client.PostAsync($"{Users}/{id}/resend-confirmation", null);

    public static List<string> Strings(this JsonElement array) =>
        array.EnumerateArray().Select(item => item.GetString()!).ToList();
}
