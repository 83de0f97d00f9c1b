using FitnessApp.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Admin.ListUsers;

internal sealed class ListUsersHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<ListUsers, AdminPage<AdminUserRow>>
{
    public async Task<AdminPage<AdminUserRow>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (UserSearch.Normalize(request.Search) is { } search)
        {
            users = users.Where(u => (u.NormalizedEmail != null && u.NormalizedEmail.Contains(search)) || u.DisplayName.ToUpper().Contains(search));
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderByDescending(u => u.CreatedAt).ThenBy(u => u.Id)
            .Skip(AdminPaging.Skip(request.Page, request.PageSize)).Take(request.PageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.EmailConfirmed, u.LockoutEnd, u.AccessFailedCount, u.CreatedAt })
            .ToListAsync(cancellationToken);

        var ids = page.Select(u => u.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where ids.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);

        // Lockout ends are compared here: SQLite cannot compare DateTimeOffset columns.
        var now = clock.GetUtcNow();
        var rows = page.Select(u => new AdminUserRow(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                AdminRoles.Ordered(roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)),
                u.EmailConfirmed,
                AdminLockout.Of(u.LockoutEnd, u.AccessFailedCount, now).LockedOut,
                u.CreatedAt))
            .ToList();
        return new AdminPage<AdminUserRow>(rows, request.Page, request.PageSize, total);
    }
}
