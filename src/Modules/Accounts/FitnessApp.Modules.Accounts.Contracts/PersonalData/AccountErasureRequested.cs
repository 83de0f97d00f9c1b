using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.PersonalData;

/// <summary>
/// The athlete asked to be erased and the account is already disabled. Every module holding their data deletes or
/// anonymises it (idempotently: the event may be delivered again), then sends <see cref="ConfirmAccountErasure"/>.
/// </summary>
public sealed record AccountErasureRequested(Guid UserId) : IntegrationEvent;
