using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Security.ListOperators;

/// <summary>Operators and admins whose account is usable now (no lockout in force, which also leaves out erasures).</summary>
internal sealed class ListOperatorsHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<Contracts.Security.ListOperators, IReadOnlyList<OperatorSummary>>
{
    private static readonly string[] StaffRoles = [PlatformRoles.Operator.ToUpperInvariant(), PlatformRoles.Admin.ToUpperInvariant()];

    public async Task<IReadOnlyList<OperatorSummary>> Handle(Contracts.Security.ListOperators request, CancellationToken cancellationToken)
    {
        var staff = await (from user in db.Users.AsNoTracking()
                           where db.UserRoles.Any(userRole => userRole.UserId == user.Id
                               && db.Roles.Any(role => role.Id == userRole.RoleId && StaffRoles.Contains(role.NormalizedName!)))
                           select new { user.Id, user.DisplayName, user.LockoutEnd })
            .ToListAsync(cancellationToken);

        // Lockout ends are compared here: SQLite cannot compare DateTimeOffset columns.
        var now = clock.GetUtcNow();
        return [.. staff.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => new OperatorSummary(u.Id, u.DisplayName))
            .OrderBy(o => o.DisplayName, StringComparer.CurrentCulture)
            .ThenBy(o => o.UserId)];
    }
}
