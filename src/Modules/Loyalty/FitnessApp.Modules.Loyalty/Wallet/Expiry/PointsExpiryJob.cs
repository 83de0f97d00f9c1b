using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FitnessApp.Modules.Loyalty.Wallet.Expiry;

/// <summary>Nightly: expires points earned longer ago than <c>Loyalty:Points:ExpireAfter</c> (FIFO) and gives a week's notice.</summary>
[DisallowConcurrentExecution]
internal sealed class PointsExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, WalletOptions options, ILogger<PointsExpiryJob> logger) : IJob
{
    public const string Name = "points-expiry";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var (expired, notices) = await RunAsync(cancellationToken);
        logger.LogInformation("Points expiry: {Expired} points expired, {Notices} notices raised", expired, notices);
    }

    public async Task<(int Expired, int Notices)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        // Only credits earned before this instant can expire by the end of the notice week.
        var cutoff = today.AddDays(WalletOptions.NoticeDays + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - options.ExpireAfter;
        List<Guid> athletes;
        await using (var scope = scopes.CreateAsyncScope())
        {
            athletes = await scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>().LedgerEntries
                .Where(e => e.Points > 0 && e.OccurredAt < cutoff)
                .Select(e => e.UserId).Distinct()
                .ToListAsync(cancellationToken);
        }

        var (expired, notices) = (0, 0);
        foreach (var athlete in athletes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var (points, told) = await scope.ServiceProvider.GetRequiredService<PointsExpiryRun>().RunAsync(athlete, today, now, cancellationToken);
            expired += points;
            notices += told;
        }

        return (expired, notices);
    }
}
