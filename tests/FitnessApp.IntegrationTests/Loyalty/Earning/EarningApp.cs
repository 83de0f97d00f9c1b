using System.Net.Http.Headers;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Earning;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Earning;

/// <summary>A host with an operator (the bootstrap admin) for the earning tests.</summary>
public class EarningApp : FitnessAppFactory
{
    public const string OperatorEmail = "earning-operator@example.com";
    public const string OperatorPassword = "operator password for the earning tests";

    protected EarningApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
    }
}

public sealed class EarningSqliteApp() : EarningApp(TestDatabase.Sqlite);

public sealed class EarningPostgresApp() : EarningApp(TestDatabase.Postgres);

/// <summary>The steps the earning tests share: the ledger read straight from Loyalty's tables, events published as Training would.</summary>
internal static class EarningApi
{
    public const string Rules = "/api/v1/loyalty/admin/rules";
    public const string Settings = "/api/v1/loyalty/admin/rules/settings";
    public const string Campaigns = "/api/v1/loyalty/admin/campaigns";
    public const string Referral = "/api/v1/loyalty/referral";

    public static async Task<HttpClient> OperatorClientAsync(this FitnessAppFactory app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(EarningApp.OperatorEmail, EarningApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>The athlete's entries from the earning rules (achievements, which the same activities may bring, left out).</summary>
    public static Task<List<LedgerEntry>> EntriesAsync(this FitnessAppFactory app, Guid userId) =>
        app.Services.QueryAsync<LoyaltyDbContext, List<LedgerEntry>>(db =>
            db.LedgerEntries.AsNoTracking().Where(e => e.UserId == userId && e.Reason != LedgerReason.Achievement).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync());

    public static Task<List<LedgerEntry>> EntriesUntilAsync(this FitnessAppFactory app, Guid userId, Func<List<LedgerEntry>, bool> done, string because) =>
        Polling.UntilAsync(() => app.EntriesAsync(userId), done, TimeSpan.FromSeconds(20), because);

    public static Task<EarnedActivity?> EarnedAsync(this FitnessAppFactory app, Guid activityId) =>
        app.Services.QueryAsync<LoyaltyDbContext, EarnedActivity?>(db => db.EarnedActivities.AsNoTracking().FirstOrDefaultAsync(e => e.ActivityId == activityId));

    public static int Sum(this IEnumerable<LedgerEntry> entries, LedgerReason reason) => entries.Where(e => e.Reason == reason).Sum(e => e.Points);

    /// <summary>A device-recorded activity as Training announces it.</summary>
    public static ActivityRecorded Recorded(Guid athlete, DateTime start, double? meters = 10_000, Sport sport = Sport.Running, bool fromDevice = true, int seconds = 3000) =>
        new(Guid.NewGuid(), athlete, sport, start, meters, seconds, seconds, Visibility.Private, fromDevice, null, DateTime.SpecifyKind(start, DateTimeKind.Unspecified));

    public static async Task PublishAsync<TEvent>(this FitnessAppFactory app, TEvent integrationEvent)
        where TEvent : INotification
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }
}
