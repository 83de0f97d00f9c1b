using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Admin;

/// <summary>What every admin action does: find the acting account and the target, and audit the action naming both.</summary>
internal sealed class AdminAccounts(UserManager<User> users, AuditTrail audit)
{
    public async Task<User> ActorAsync(Guid actorId) =>
        await users.FindByIdAsync(actorId.ToString()) ?? throw new UnauthorizedException("The signed-in account no longer exists.");

    public async Task<User> TargetAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("Account", userId);

    public Task<bool> IsAdminAsync(User user) => users.IsInRoleAsync(user, PlatformRoles.Admin);

    /// <summary>An entry on the target's trail: "by &lt;actor&gt;", then what was done.</summary>
    public void Audit(SecurityEventKind kind, User actor, User target, string? what = null) =>
        audit.Add(kind, target, AdminAuditDetails.Of(actor.Email, actor.Id, what));
}
