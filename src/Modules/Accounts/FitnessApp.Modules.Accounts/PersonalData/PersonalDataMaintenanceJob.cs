using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FitnessApp.Modules.Accounts.PersonalData.Erasure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FitnessApp.Modules.Accounts.PersonalData;

/// <summary>
/// Removes the zips of exports past their 7 days (the row stays, <c>expired</c>), gives up exports whose host died,
/// and completes erasures whose last confirmation raced another (every module confirmed, the account still there).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PersonalDataMaintenanceJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PersonalDataMaintenanceJob> logger) : IJob
{
    public const string Name = "personal-data-maintenance";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var expired = db.DataExports.Where(e => e.Status == ExportStatuses.Ready && e.ExpiresAt <= now);
        var removed = await db.DataExportArchives.Where(a => expired.Any(e => e.Id == a.ExportId)).ExecuteDeleteAsync(cancellationToken);
        await expired.ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ExportStatuses.Expired), cancellationToken);

        var stale = now - DataExport.StaleAfter;
        var abandoned = await db.DataExports
            .Where(e => (e.Status == ExportStatuses.Queued || e.Status == ExportStatuses.Running) && e.RequestedAt < stale)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.Status, ExportStatuses.Failed)
                    .SetProperty(e => e.CompletedAt, now)
                    .SetProperty(e => e.Error, "The export did not finish in time."),
                cancellationToken);

        var erasures = await db.ErasureRequests.Select(r => r.UserId).ToListAsync(cancellationToken);
        var completed = 0;
        foreach (var userId in erasures)
        {
            await using var erasureScope = scopes.CreateAsyncScope();
            if (await erasureScope.ServiceProvider.GetRequiredService<AccountErasure>().CompleteInTransactionAsync(userId, cancellationToken))
            {
                completed++;
            }
        }

        logger.LogInformation(
            "Personal data maintenance: {Removed} expired export files removed, {Abandoned} exports given up, {Completed} erasures completed",
            removed, abandoned, completed);
    }
}
