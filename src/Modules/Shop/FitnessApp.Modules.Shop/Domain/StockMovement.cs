namespace FitnessApp.Modules.Shop.Domain;

/// <summary>The audit of every stock change: who or what changed a variant's stock, by how much, and what it became.</summary>
internal sealed class StockMovement
{
    public const int ReferenceMaxLength = 100;
    public const int NoteMaxLength = 300;

    public Guid Id { get; init; }

    public Guid SkuId { get; init; }

    public int Delta { get; init; }

    public int StockAfter { get; init; }

    public StockChangeReason Reason { get; init; }

    /// <summary>The order id, import run id or similar the change belongs to.</summary>
    public string? Reference { get; init; }

    /// <summary>The operator who made an adjustment; null for the system.</summary>
    public Guid? ActorId { get; init; }

    public string? Note { get; init; }

    public DateTime OccurredAt { get; init; }
}
