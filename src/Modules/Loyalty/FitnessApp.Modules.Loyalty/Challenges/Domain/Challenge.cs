using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Challenges.Domain;

/// <summary>
/// A goal to reach in [<see cref="StartsAt"/>, <see cref="EndsAt"/>): public (created by an operator) or for the active
/// members of one group (created by its admins). Title and description are one text in the creator's language.
/// </summary>
internal sealed class Challenge
{
    public const int TitleMaxLength = 100;
    public const int DescriptionMaxLength = 2000;
    public const int SportsMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public string? Description { get; set; }

    public ChallengeGoal Goal { get; set; }

    public double GoalValue { get; set; }

    /// <summary>The sports that count (empty: all); ignored for steps. Stored as comma-separated wire names.</summary>
    public List<Sport> Sports { get; set; } = [];

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public int FinisherPoints { get; set; }

    public int FirstPlacePoints { get; set; }

    public int SecondPlacePoints { get; set; }

    public int ThirdPlacePoints { get; set; }

    /// <summary>The group whose active members may see and join it; null for a public challenge.</summary>
    public Guid? GroupId { get; set; }

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// How many athletes take part: changed by joining, leaving and erasure with an atomic update in their transaction, so
    /// that a leaderboard of a hundred thousand athletes does not count them on every read.
    /// </summary>
    public int ParticipantCount { get; set; }

    /// <summary>Set once, by the conditional update that claims the challenge for finalization.</summary>
    public DateTime? FinalizedAt { get; set; }

    public int PlacePoints(int rank) => rank switch
    {
        1 => FirstPlacePoints,
        2 => SecondPlacePoints,
        3 => ThirdPlacePoints,
        _ => 0,
    };

    public ChallengeStatus StatusAt(DateTime now) =>
        FinalizedAt is not null || now >= EndsAt ? ChallengeStatus.Finished : now < StartsAt ? ChallengeStatus.Upcoming : ChallengeStatus.Running;
}

/// <summary>On the wire as camelCase strings.</summary>
internal enum ChallengeStatus
{
    Upcoming,
    Running,
    Finished,
}
