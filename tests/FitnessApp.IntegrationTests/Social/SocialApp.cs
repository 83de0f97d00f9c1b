using System.Net.Http.Headers;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Accounts.Security;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social;

/// <summary>A host for the notification and moderation tests: an operator (the bootstrap admin) and the folder mailbox.</summary>
public class SocialApp : FitnessAppFactory
{
    public const string OperatorEmail = "social-operator@example.com";
    public const string OperatorPassword = "operator password for the social tests";

    protected SocialApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
        With("Accounts:Email:Sender", "Folder");
    }

    public Mailbox Mailbox => new(Path.Combine(DataFolder, "mailbox"));
}

public sealed class SocialSqliteApp() : SocialApp(TestDatabase.Sqlite);

public sealed class SocialPostgresApp() : SocialApp(TestDatabase.Postgres);

public sealed record Athlete(HttpClient Client, Guid Id, string Email);

/// <summary>The steps the Social tests share: athletes, an operator client, notifications written the way the areas write them.</summary>
internal static class SocialApi
{
    public const string Notifications = "/api/v1/social/notifications";
    public const string Reports = "/api/v1/social/reports";
    public const string Queue = "/api/v1/social/moderation/reports";

    public static async Task<Athlete> AthleteAsync(this FitnessAppFactory app, bool confirmed = false)
    {
        var client = await app.CreateAthleteClientAsync();
        var me = await client.GetMeAsync();
        var id = me.Id();
        if (confirmed)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true));
        }

        return new Athlete(client, id, me.GetProperty("email").GetString()!);
    }

    public static async Task<HttpClient> OperatorClientAsync(this FitnessAppFactory app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(SocialApp.OperatorEmail, SocialApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Notifies through <see cref="Notifier"/> in a unit of work of its own, as another area does.</summary>
    public static async Task NotifyAsync(
        this FitnessAppFactory app, Guid recipient, NotificationKind kind, Guid? actor, string link = "/feed", string? excerpt = null, DateTime? createdAt = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        scope.ServiceProvider.GetRequiredService<Notifier>().Notify(recipient, kind, actor, Guid.NewGuid(), link, excerpt);
        if (createdAt is { } at)
        {
            var added = db.ChangeTracker.Entries<Notification>().Single().Entity;
            db.Entry(added).Property(n => n.CreatedAt).CurrentValue = at;
        }

        await db.SaveChangesAsync();
    }

    public static Task<List<Notification>> NotificationsOfAsync(this FitnessAppFactory app, Guid recipient) =>
        app.Services.QueryAsync<SocialDbContext, List<Notification>>(db =>
            db.Notifications.AsNoTracking().Where(n => n.RecipientId == recipient).OrderBy(n => n.CreatedAt).ToListAsync());

    public static async Task<JsonElement> GetOkJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
