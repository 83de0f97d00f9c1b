namespace FitnessApp.Modules.Devices.Providers.Domain;

/// <summary>A webhook event as received, queued for <see cref="Sync.ProviderEventJob"/>; the provider is called only there.</summary>
internal sealed class ProviderEvent
{
    public const int KindMaxLength = 40;
    public const int ObjectIdMaxLength = 100;
    public const int UrlMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Provider { get; init; }

    public ProviderEventKind Kind { get; init; }

    /// <summary>The provider's id of the activity (exercise), or of the athlete for a deauthorization.</summary>
    public required string ObjectId { get; init; }

    /// <summary>The provider's id of the athlete the event is about.</summary>
    public required string ProviderAthleteId { get; init; }

    /// <summary>Where to download the exercise (signed-webhook providers).</summary>
    public string? Url { get; init; }

    public DateTime ReceivedAt { get; init; }

    public ProviderEventStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public string? Error { get; set; }
}
