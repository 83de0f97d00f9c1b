using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Consent;

/// <summary>
/// Which of <paramref name="UserIds"/> have given their explicit consent to the storage of health data (heart rate,
/// weight, sleep), in one call for many ids. Unknown ids and users without consent are left out of the answer: a module
/// that holds health data stores and shows it only for the ids answered.
/// </summary>
public sealed record GetHealthDataConsent(IReadOnlyCollection<Guid> UserIds) : IQuery<IReadOnlySet<Guid>>;
