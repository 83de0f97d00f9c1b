using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Admin.SetUserRoles;

/// <summary>
/// Gives an account exactly <paramref name="Roles"/> (athlete is always kept), auditing each role granted or revoked.
/// Admins only; an admin cannot drop their own admin role, and the last admin stays one.
/// </summary>
internal sealed record SetUserRoles(Guid ActorId, Guid UserId, IReadOnlyList<string>? Roles) : ICommand<AdminUserRoles>;

internal sealed record AdminUserRoles(Guid UserId, IReadOnlyList<string> Roles);
