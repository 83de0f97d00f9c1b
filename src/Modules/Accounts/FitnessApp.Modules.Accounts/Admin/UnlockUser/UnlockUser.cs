using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Admin.UnlockUser;

/// <summary>Ends an account's lock (an operator's or the one after repeated failures) and clears its failure count.</summary>
internal sealed record UnlockUser(Guid ActorId, Guid UserId) : ICommand<AdminLockout>;
