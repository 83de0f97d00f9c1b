using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.PersonalData;

/// <summary>
/// <paramref name="Module"/> no longer holds anything about <paramref name="UserId"/>. Accounts removes the account row
/// once every module with an <see cref="IPersonalDataExporter"/> has confirmed; repeating a confirmation is harmless.
/// </summary>
public sealed record ConfirmAccountErasure(Guid UserId, string Module) : ICommand<bool>;
