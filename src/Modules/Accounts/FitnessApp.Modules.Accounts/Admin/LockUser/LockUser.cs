using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Admin.LockUser;

/// <summary>
/// Locks an account until <paramref name="Until"/> (indefinitely when null) and ends its sessions: a new security stamp
/// refuses its refresh tokens and portal cookies. Only an admin may lock an operator or an admin; nobody locks themselves.
/// </summary>
/// <param name="Reason">Free text for the audit log, at most 500 characters.</param>
internal sealed record LockUser(Guid ActorId, Guid UserId, DateTimeOffset? Until, string? Reason) : ICommand<AdminLockout>
{
    public const int ReasonMaxLength = 500;
}
