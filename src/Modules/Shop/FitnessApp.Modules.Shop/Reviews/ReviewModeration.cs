namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>The audit of operators' decisions on a review: who hid or restored it, when and why.</summary>
internal sealed class ReviewModeration
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; }

    public Guid ReviewId { get; init; }

    public ModerationAction Action { get; init; }

    public required string Reason { get; init; }

    public Guid ActorId { get; set; }

    public DateTime At { get; init; }
}

internal enum ModerationAction
{
    Hide,
    Restore,
}
