namespace FitnessApp.Modules.Social.Interactions;

/// <summary>One athlete cheering one activity; at most one per athlete and activity.</summary>
internal sealed class Kudos
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActivityId { get; init; }

    /// <summary>The activity's owner, copied so that erasing the owner's data needs no call to Training.</summary>
    public Guid ActivityOwnerId { get; init; }

    public Guid AthleteId { get; init; }

    public DateTime CreatedAt { get; init; }
}
