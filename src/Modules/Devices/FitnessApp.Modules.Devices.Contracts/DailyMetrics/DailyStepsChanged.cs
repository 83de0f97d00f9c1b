using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Contracts.DailyMetrics;

/// <summary>
/// An athlete's step count for one local day changed (new samples from a device, or the day was cleared: 0). Carries the
/// day's whole new total, not the difference, so a consumer can apply it idempotently (Loyalty's step goals).
/// </summary>
public sealed record DailyStepsChanged(Guid AthleteId, DateOnly Date, int Steps) : IntegrationEvent;
