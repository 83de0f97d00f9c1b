namespace FitnessApp.Modules.Social.Domain;

/// <summary>
/// <see cref="BlockerId"/> blocked <see cref="BlockedId"/>: neither sees, follows, comments on or cheers the other's
/// things any more (a block works both ways for visibility; only the blocker can lift it).
/// </summary>
internal sealed class Block
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BlockerId { get; init; }

    public Guid BlockedId { get; init; }

    public DateTime CreatedAt { get; init; }
}
