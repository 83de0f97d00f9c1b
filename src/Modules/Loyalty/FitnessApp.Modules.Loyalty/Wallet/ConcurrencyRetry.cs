using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>
/// Runs a change to one athlete's points again when another writer bumped their account first (ADR 0017). Inside a
/// unit of work's transaction EF rolls a failed save back to its savepoint, so the attempt can start over.
/// </summary>
internal static class ConcurrencyRetry
{
    public const int MaxAttempts = 30;

    public static async Task<T> RunAsync<T>(LoyaltyDbContext db, Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateConcurrencyException) when (number < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(2, 10 * Math.Min(number, 5)), cancellationToken);
            }
        }
    }
}
