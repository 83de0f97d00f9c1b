namespace FitnessApp.Modules.Shop.Payments.Domain;

/// <summary>A processor webhook event already handled: its id is the key, so a duplicate (even a concurrent one) does nothing.</summary>
internal sealed class ProcessedPaymentEvent
{
    public const int IdMaxLength = 100;
    public const int TypeMaxLength = 60;

    public required string Id { get; init; }

    public required string Type { get; init; }

    public Guid? OrderId { get; init; }

    public DateTime ReceivedAt { get; init; }
}
