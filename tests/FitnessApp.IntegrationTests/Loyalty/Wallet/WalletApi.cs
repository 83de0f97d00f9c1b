using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Wallet;

/// <summary>A host with an operator (the bootstrap admin) and a clock the test moves.</summary>
public class WalletApp : FitnessAppFactory
{
    public const string OperatorEmail = "loyalty-operator@example.com";
    public const string OperatorPassword = "operator password for the wallet tests";

    protected WalletApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
        WithServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public MutableTimeProvider Clock { get; } = new();
}

public sealed class WalletSqliteApp() : WalletApp(TestDatabase.Sqlite);

public sealed class WalletPostgresApp() : WalletApp(TestDatabase.Postgres);

public sealed record WalletAthlete(HttpClient Client, Guid Id);

/// <summary>The steps the wallet tests share: athletes, credits written through the ledger, Shop's calls.</summary>
internal static class WalletApi
{
    public const string Balance = "/api/v1/loyalty/balance";
    public const string Ledger = "/api/v1/loyalty/ledger";
    public const string Level = "/api/v1/loyalty/level";
    public const string AdminLevels = "/api/v1/loyalty/admin/levels";

    public static async Task<WalletAthlete> WalletAthleteAsync(this FitnessAppFactory app)
    {
        var client = await app.CreateAthleteClientAsync();
        return new WalletAthlete(client, (await client.GetMeAsync()).Id());
    }

    public static async Task<HttpClient> WalletOperatorAsync(this FitnessAppFactory app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(WalletApp.OperatorEmail, WalletApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Credits points through <see cref="PointsLedger"/> as an earning rule does, optionally dated in the past.</summary>
    public static async Task CreditAsync(this FitnessAppFactory app, Guid userId, int points, DateTime? at = null, LedgerReason reason = LedgerReason.Activity)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>();
        var now = at ?? scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var posting = new PointsPosting(userId, points, reason, "Training", $"test:{Guid.NewGuid():N}", $"activity:{Guid.NewGuid()}", $"{points} test points");
        await scope.ServiceProvider.GetRequiredService<PointsLedger>().PostAsync(posting, now, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public static async Task<T> SendAsync<T>(this FitnessAppFactory app, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static Task<List<LedgerEntry>> EntriesOfAsync(this FitnessAppFactory app, Guid userId) =>
        app.Services.QueryAsync<LoyaltyDbContext, List<LedgerEntry>>(db =>
            db.LedgerEntries.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.OccurredAt).ToListAsync());

    public static async Task<JsonElement> OkAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PutLevelsAsync(this HttpClient client, params object[] levels) =>
        client.PutAsJsonAsync(AdminLevels, new { levels });
}
