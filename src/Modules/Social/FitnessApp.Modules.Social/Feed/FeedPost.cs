using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Feed;

/// <summary>
/// One thing in feeds: an athlete's activity (a snapshot of what a feed item shows, refreshed when the activity
/// changes), an achievement or a group's post. Readers see it through <see cref="FeedEntry"/> rows (fan-out) or, for
/// athletes over the fan-out limit, by merging posts at read time.
/// </summary>
internal sealed class FeedPost
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int RouteMaxLength = 4000;
    public const int ImageUrlMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public FeedPostKind Kind { get; init; }

    public Guid AuthorId { get; init; }

    /// <summary>The activity, achievement or group post this is about; unique per kind.</summary>
    public Guid SubjectId { get; init; }

    /// <summary>The group a group post belongs to; null otherwise.</summary>
    public Guid? GroupId { get; init; }

    public Visibility Visibility { get; set; }

    /// <summary>The feed's order: an activity's start time, otherwise when it was posted.</summary>
    public DateTime OccurredAt { get; set; }

    public Sport? Sport { get; set; }

    public string Title { get; set; } = "";

    public string? Text { get; set; }

    /// <summary>The title in Russian when it is a name given in both languages (an achievement's); null otherwise.</summary>
    public string? TitleRu { get; set; }

    /// <summary>A picture of the post (an achievement's badge); null otherwise.</summary>
    public string? ImageUrl { get; set; }

    public double? DistanceMeters { get; set; }

    public int? MovingSeconds { get; set; }

    public int? ElapsedSeconds { get; set; }

    public double? ElevationGainMeters { get; set; }

    /// <summary>The route drawn small: an encoded polyline (precision 5) of at most a hundred points; null without GPS.</summary>
    public string? Route { get; set; }

    /// <summary>Set by a moderator: the post is shown to nobody but its author.</summary>
    public DateTime? HiddenAt { get; set; }
}
