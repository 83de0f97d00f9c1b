using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>A host with a bootstrap admin (an operator too) and a small screenshot limit, for the Support tests of one class.</summary>
public class SupportApp : FitnessAppFactory
{
    public const string OperatorEmail = "support-ops@example.com";
    public const string OperatorPassword = "support operator password 2026";
    public const int MaxScreenshotBytes = 4096;

    public SupportApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
        With("Support:MaxScreenshotBytes", MaxScreenshotBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteSupportApp() : SupportApp(TestDatabase.Sqlite);

public sealed class PostgresSupportApp() : SupportApp(TestDatabase.Postgres);

public static class SupportApi
{
    public const string Tickets = "/api/v1/support/tickets";
    public const string Queue = "/api/v1/support/queue";
    public const string Feedback = "/api/v1/support/feedback";

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    public static async Task<HttpClient> CreateOperatorClientAsync(this SupportApp app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(SupportApp.OperatorEmail, SupportApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>A newly registered user given the operator role before signing in.</summary>
    public static async Task<(HttpClient Client, Guid UserId)> CreateSecondOperatorAsync(this SupportApp app)
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync(displayName: "Second Operator");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByEmailAsync(email))!;
        (await users.AddToRoleAsync(user, PlatformRoles.Operator)).Succeeded.ShouldBeTrue();
        var token = await client.LoginAsync(email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return (client, user.Id);
    }

    public static async Task<Guid> UserIdAsync(this SupportApp app, HttpClient client)
    {
        var me = await (await client.GetAsync("/api/v1/accounts/me")).ReadJsonAsync();
        return me.GetProperty("id").GetGuid();
    }

    public static object NewTicket(string subject = "Sync broken", string text = "My watch does not sync.", string category = "devices") =>
        new { category, subject, text };

    /// <summary>Opens a ticket; fails the test unless 201.</summary>
    public static async Task<Guid> OpenTicketAsync(this HttpClient athlete, string subject = "Sync broken", string category = "devices")
    {
        var response = await athlete.PostAsJsonAsync(Tickets, NewTicket(subject, category: category));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> UploadScreenshotAsync(this HttpClient client, Guid ticketId, byte[] content, string fileName = "shot.png")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        return client.PutAsync($"{Tickets}/{ticketId}/screenshot", form);
    }

    public static Task<HttpResponseMessage> ReplyAsOperatorAsync(this HttpClient operatorClient, Guid ticketId, string text) =>
        operatorClient.PostAsJsonAsync($"{Queue}/{ticketId}/messages", new { text });

    public static Task<HttpResponseMessage> SetStatusAsync(this HttpClient operatorClient, Guid ticketId, string status) =>
        operatorClient.PutAsJsonAsync($"{Queue}/{ticketId}/status", new { status });

    public static IReadOnlyList<Guid> Ids(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
