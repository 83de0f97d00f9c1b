using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Consent;

/// <summary>
/// The user withdrew their consent to the storage of health data: every module deletes the heart rate, weight and
/// sleep it holds about them (idempotently: the event may be delivered again) and stores no more until consent is given.
/// </summary>
public sealed record HealthDataConsentWithdrawn(Guid UserId) : IntegrationEvent;
