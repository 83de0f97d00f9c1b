namespace FitnessApp.Modules.Devices.Providers.Domain;

/// <summary>A provider's activity and the Training activity it became: one per provider activity (the import is idempotent).</summary>
internal sealed class SyncedActivity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Provider { get; init; }

    public required string ProviderActivityId { get; init; }

    public Guid AthleteId { get; init; }

    public Guid TrainingActivityId { get; init; }

    public DateTime SyncedAt { get; init; }
}
