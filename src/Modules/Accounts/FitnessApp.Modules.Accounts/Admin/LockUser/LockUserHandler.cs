using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Admin.LockUser;

internal sealed class LockUserHandler(UserManager<User> users, AdminAccounts admin, TimeProvider clock) : IRequestHandler<LockUser, AdminLockout>
{
    public async Task<AdminLockout> Handle(LockUser request, CancellationToken cancellationToken)
    {
        var actor = await admin.ActorAsync(request.ActorId);
        var target = await admin.TargetAsync(request.UserId);
        await EnsureMayLockAsync(actor, target);

        var until = request.Until?.ToUniversalTime() ?? AdminLockout.Indefinitely;
        Succeeded(await users.SetLockoutEnabledAsync(target, true));
        Succeeded(await users.SetLockoutEndDateAsync(target, until));
        Succeeded(await users.UpdateSecurityStampAsync(target));
        var what = request.Until is null ? "locked without end" : $"locked until {until.ToString("u", CultureInfo.InvariantCulture)}";
        admin.Audit(SecurityEventKind.AccountLocked, actor, target, string.IsNullOrWhiteSpace(request.Reason) ? what : $"{what}: {request.Reason.Trim()}");
        return AdminLockout.Of(target.LockoutEnd, target.AccessFailedCount, clock.GetUtcNow());
    }

    private async Task EnsureMayLockAsync(User actor, User target)
    {
        if (actor.Id == target.Id)
        {
            throw new ConflictException("You cannot lock your own account.");
        }

        var staff = await users.IsInRoleAsync(target, PlatformRoles.Operator) || await admin.IsAdminAsync(target);
        if (staff && !await admin.IsAdminAsync(actor))
        {
            throw new ForbiddenException("Only an admin may lock an operator's or an admin's account.");
        }
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
