using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Admin.SetUserRoles;

internal sealed class SetUserRolesHandler(UserManager<User> users, AdminAccounts admin) : IRequestHandler<SetUserRoles, AdminUserRoles>
{
    public async Task<AdminUserRoles> Handle(SetUserRoles request, CancellationToken cancellationToken)
    {
        var actor = await admin.ActorAsync(request.ActorId);
        if (!await admin.IsAdminAsync(actor))
        {
            throw new ForbiddenException("Only an admin may change roles.");
        }

        var target = await admin.TargetAsync(request.UserId);
        var current = await users.GetRolesAsync(target);
        var wanted = request.Roles!.Append(PlatformRoles.Athlete).Distinct(StringComparer.Ordinal).ToList();
        var revoked = current.Except(wanted, StringComparer.Ordinal).ToList();
        var granted = wanted.Except(current, StringComparer.Ordinal).ToList();

        if (revoked.Contains(PlatformRoles.Admin))
        {
            if (actor.Id == target.Id)
            {
                throw new ConflictException("You cannot remove your own admin role: ask another admin.");
            }

            if ((await users.GetUsersInRoleAsync(PlatformRoles.Admin)).Count <= 1)
            {
                throw new ConflictException("This is the last admin: make another account admin first.");
            }
        }

        foreach (var role in revoked)
        {
            Succeeded(await users.RemoveFromRoleAsync(target, role));
            admin.Audit(SecurityEventKind.RoleRevoked, actor, target, role);
        }

        foreach (var role in granted)
        {
            Succeeded(await users.AddToRoleAsync(target, role));
            admin.Audit(SecurityEventKind.RoleGranted, actor, target, role);
        }

        if (revoked.Count > 0)
        {
            // Sessions and bearer tokens issued with the revoked role end now rather than when they expire.
            Succeeded(await users.UpdateSecurityStampAsync(target));
        }

        return new AdminUserRoles(target.Id, AdminRoles.Ordered(await users.GetRolesAsync(target)));
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
