using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.PersonalData.Erasure;

/// <summary>
/// The last step of an erasure: once every module with an <see cref="IPersonalDataExporter"/> (Accounts included) has
/// confirmed, everything of the user in the accounts schema goes: the account with its roles, claims, logins and
/// tokens, their audit entries (deleted, not anonymised: IP addresses and user agents are personal data too), their
/// exports, the erasure's own bookkeeping, outbox messages whose payload names them and idempotency records scoped
/// to them. One anonymous audit entry records that an erasure completed. See docs/adr/0013.
/// </summary>
internal sealed class AccountErasure(AccountsDbContext db, UserManager<User> users, AuditTrail audit, IEnumerable<IPersonalDataExporter> exporters)
{
    /// <summary>The modules whose confirmation completes an erasure.</summary>
    public IReadOnlySet<string> RequiredModules { get; } = exporters.Select(e => e.Module).ToHashSet(StringComparer.Ordinal);

    /// <summary>Completes the erasure if every module confirmed; runs in the caller's transaction.</summary>
    public async Task<bool> CompleteIfConfirmedAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.ErasureRequests.AnyAsync(r => r.UserId == userId, cancellationToken))
        {
            return false;
        }

        var confirmed = await db.ErasureConfirmations.Where(c => c.UserId == userId).Select(c => c.Module).ToListAsync(cancellationToken);
        if (!RequiredModules.IsSubsetOf(confirmed))
        {
            return false;
        }

        await RemoveEverythingOfAsync(userId, cancellationToken);
        audit.Add(SecurityEventKind.AccountErased, null, null, $"Erasure completed; confirmed by {string.Join(", ", confirmed.Order(StringComparer.Ordinal))}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary><see cref="CompleteIfConfirmedAsync"/> in a transaction of its own (for the maintenance job).</summary>
    public async Task<bool> CompleteInTransactionAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var completed = await CompleteIfConfirmedAsync(userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return completed;
    }

    private async Task RemoveEverythingOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var normalizedEmail = user?.NormalizedEmail;
        var id = userId.ToString();
        var compactId = userId.ToString("N");
        await db.AuditEntries
            .Where(e => e.UserId == userId || (normalizedEmail != null && e.Email != null && e.Email.ToUpper() == normalizedEmail))
            .ExecuteDeleteAsync(cancellationToken);
        await db.DataExports.Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ErasureRequests.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OutboxMessage>().Where(m => m.Payload.Contains(id) || m.Payload.Contains(compactId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<IdempotencyRecord>().Where(r => r.Scope == id || r.Scope == compactId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (user is not null)
        {
            var result = await users.DeleteAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
