using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Security;

/// <summary>
/// Suspends <paramref name="UserId"/> until <paramref name="Until"/> (moderation): the account cannot sign in until then and
/// its sessions end; audited as <see cref="SecurityEventKind.AccountSuspended"/> naming <paramref name="OperatorId"/>.
/// The same rules as an operator's lock apply (nobody suspends themselves; only an admin suspends staff).
/// </summary>
/// <param name="Reason">Free text for the audit log, at most 500 characters.</param>
public sealed record SuspendAccount(Guid UserId, Guid OperatorId, DateTimeOffset Until, string? Reason) : ICommand<bool>;
