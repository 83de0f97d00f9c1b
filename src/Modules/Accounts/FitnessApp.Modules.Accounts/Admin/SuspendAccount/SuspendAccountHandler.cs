using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Admin.SuspendAccount;

/// <summary>An operator's lock with an end, for moderation: the same lockout and session end as <c>LockUser</c>.</summary>
internal sealed class SuspendAccountHandler(UserManager<User> users, AdminAccounts admin) : IRequestHandler<Contracts.Security.SuspendAccount, bool>
{
    public async Task<bool> Handle(Contracts.Security.SuspendAccount request, CancellationToken cancellationToken)
    {
        var actor = await admin.ActorAsync(request.OperatorId);
        var target = await admin.TargetAsync(request.UserId);
        if (actor.Id == target.Id)
        {
            throw new ConflictException("You cannot suspend your own account.");
        }

        var staff = await users.IsInRoleAsync(target, PlatformRoles.Operator) || await admin.IsAdminAsync(target);
        if (staff && !await admin.IsAdminAsync(actor))
        {
            throw new ForbiddenException("Only an admin may suspend an operator's or an admin's account.");
        }

        var until = request.Until.ToUniversalTime();
        Succeeded(await users.SetLockoutEnabledAsync(target, true));
        Succeeded(await users.SetLockoutEndDateAsync(target, until));
        Succeeded(await users.UpdateSecurityStampAsync(target));
        var what = $"suspended until {until.ToString("u", CultureInfo.InvariantCulture)}";
        admin.Audit(SecurityEventKind.AccountSuspended, actor, target, string.IsNullOrWhiteSpace(request.Reason) ? what : $"{what}: {request.Reason.Trim()}");
        return true;
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
