using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Accounts.Me;
using FitnessApp.Modules.Accounts.Security.Audit.SearchAuditLog;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Admin.GetUser;

internal sealed class GetUserHandler(AccountsDbContext db, TimeProvider clock, IOptions<LegalOptions> legal) : IRequestHandler<GetUser, AdminUserDetail>
{
    private static readonly string SignedIn = WireNames.Of(SecurityEventKind.SignedIn);

    public async Task<AdminUserDetail> Handle(GetUser request, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        var account = await MeLoading.ResponseAsync(db, user, legal.Value, cancellationToken);
        var trail = db.AuditEntries.AsNoTracking().Where(e => e.UserId == user.Id);
        var lastSignIn = await trail.Where(e => e.Kind == SignedIn).MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        var recent = await trail.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(GetUser.RecentAuditEntries)
            .Select(e => new AuditLogRow(e.Id, e.OccurredAt, e.Kind, e.UserId, e.Email, e.IpAddress, e.UserAgent, e.Details))
            .ToListAsync(cancellationToken);

        return new AdminUserDetail(
            user.Id,
            account.Email,
            user.DisplayName,
            user.EmailConfirmed,
            AdminRoles.Ordered(account.Roles),
            user.CreatedAt,
            lastSignIn,
            AdminLockout.Of(user.LockoutEnd, user.AccessFailedCount, clock.GetUtcNow()),
            account.Profile,
            account.Settings,
            recent);
    }
}
