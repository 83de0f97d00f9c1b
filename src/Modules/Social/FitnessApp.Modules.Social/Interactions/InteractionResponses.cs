using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>The kudos of one activity as the caller sees them.</summary>
/// <param name="CanGive">False on the caller's own activity (nobody cheers themself).</param>
internal sealed record KudosSummary(int Count, bool Given, bool CanGive);

internal sealed record KudosGiverResponse(AthleteSummary Athlete, DateTime GivenAt);

/// <summary>An <c>@Name</c> in a comment that names an athlete: <see cref="Start"/> and <see cref="Length"/> cover the <c>@</c> and the name.</summary>
internal sealed record MentionResponse(Guid AthleteId, string DisplayName, int Start, int Length);

/// <param name="Hidden">Hidden by a moderator: only its author still sees it.</param>
internal sealed record CommentResponse(
    Guid Id,
    Guid ActivityId,
    AthleteSummary Author,
    string Text,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool Hidden,
    bool CanEdit,
    bool CanDelete,
    IReadOnlyList<MentionResponse> Mentions);

internal sealed record ActivityCardResponse(
    Guid Id,
    AthleteSummary Athlete,
    Sport Sport,
    string Title,
    DateTime StartTime,
    string TimeZone,
    double? DistanceMeters,
    int MovingSeconds,
    int ElapsedSeconds,
    double? ElevationGainMeters,
    Visibility Visibility,
    IReadOnlyList<RoutePoint> Route);

/// <summary>One activity as Social shows it: the card, its kudos, the first page of comments (oldest first).</summary>
internal sealed record ActivitySocialResponse(
    ActivityCardResponse Activity,
    bool IsOwner,
    KudosSummary Kudos,
    int CommentCount,
    bool CanComment,
    Page<CommentResponse> Comments);
