using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Security.Audit;

/// <summary>Other modules' events; saved by the unit of work in a transaction of the accounts schema.</summary>
internal sealed class WriteAuditEntryHandler(AuditTrail audit, AccountsDbContext db) : IRequestHandler<WriteAuditEntry, Guid>
{
    public async Task<Guid> Handle(WriteAuditEntry request, CancellationToken cancellationToken)
    {
        var email = request.UserId is { } id
            ? await db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
        return audit.Add(request.Kind, request.UserId, email, request.Details).Id;
    }
}
