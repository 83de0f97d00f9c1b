using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Admin.UnlockUser;

internal sealed class UnlockUserHandler(UserManager<User> users, AdminAccounts admin, TimeProvider clock) : IRequestHandler<UnlockUser, AdminLockout>
{
    public async Task<AdminLockout> Handle(UnlockUser request, CancellationToken cancellationToken)
    {
        var actor = await admin.ActorAsync(request.ActorId);
        var target = await admin.TargetAsync(request.UserId);
        var staff = await users.IsInRoleAsync(target, PlatformRoles.Operator) || await admin.IsAdminAsync(target);
        if (staff && actor.Id != target.Id && !await admin.IsAdminAsync(actor))
        {
            throw new ForbiddenException("Only an admin may unlock an operator's or an admin's account.");
        }

        var result = await users.SetLockoutEndDateAsync(target, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(target);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        admin.Audit(SecurityEventKind.AccountUnlocked, actor, target);
        return AdminLockout.Of(target.LockoutEnd, target.AccessFailedCount, clock.GetUtcNow());
    }
}
