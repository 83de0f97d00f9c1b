using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Security.Audit;

/// <summary>
/// Writes security events. <see cref="Add"/> only tracks the row: it is committed by the same
/// <c>SaveChanges</c> (and transaction) as the change it records; <see cref="WriteAsync"/> saves at once,
/// for events that change nothing else (a failed sign-in).
/// </summary>
internal sealed class AuditTrail(AccountsDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public AuditEntry Add(SecurityEventKind kind, User? user, string? details = null) =>
        Add(kind, user?.Id, user?.Email, details);

    public AuditEntry Add(SecurityEventKind kind, Guid? userId, string? email, string? details = null)
    {
        var entry = AuditEntries.Create(kind, userId, email, details, http.HttpContext, clock.GetUtcNow().UtcDateTime);
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task WriteAsync(SecurityEventKind kind, Guid? userId, string? email, string? details = null, CancellationToken cancellationToken = default)
    {
        // An account being erased may still see sign-in attempts until every module has confirmed; recorded without who,
        // so that nothing written after the erasure's own clean-up refers to the user.
        if (userId is { } id && await db.ErasureRequests.AnyAsync(r => r.UserId == id, cancellationToken))
        {
            (userId, email) = (null, null);
        }

        Add(kind, userId, email, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
