using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FitnessApp.Modules.Shared.Data;

/// <summary>
/// Work to do once a DbContext's changes are durable: after the commit of the transaction they were saved in, or after
/// the save itself when there was none. Dropped when the transaction rolls back or the save fails. For telling live
/// pages about a change: told before the commit, a reader on another connection would not see it yet.
/// </summary>
public static class AfterCommit
{
    private static readonly ConditionalWeakTable<DbContext, List<Action>> Pending = [];

    /// <summary>Runs <paramref name="action"/> once the next save of <paramref name="db"/> is committed.</summary>
    public static void OnCommitted(this DbContext db, Action action) => Pending.GetOrCreateValue(db).Add(action);

    internal static void Run(DbContext? db)
    {
        if (db is null || !Pending.TryGetValue(db, out var actions) || actions.Count == 0)
        {
            return;
        }

        var due = actions.ToList();
        actions.Clear();
        foreach (var action in due)
        {
            action();
        }
    }

    internal static void Drop(DbContext? db)
    {
        if (db is not null && Pending.TryGetValue(db, out var actions))
        {
            actions.Clear();
        }
    }
}

/// <summary>Runs the <see cref="AfterCommit"/> work of every module DbContext at the right moment.</summary>
internal sealed class AfterCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RunIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RunIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => DropIfOutsideTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DropIfOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => AfterCommit.Run(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterCommit.Run(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => AfterCommit.Drop(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterCommit.Drop(eventData.Context);
        return Task.CompletedTask;
    }

    private static void RunIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            AfterCommit.Run(context);
        }
    }

    private static void DropIfOutsideTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            AfterCommit.Drop(context);
        }
    }
}
