using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Me.GetMe;

internal sealed record GetMe(Guid UserId) : IQuery<MeResponse>;
