namespace FitnessApp.Modules.Social.Notifications;

/// <summary>On the wire as camelCase strings (<c>followRequest</c>); stored as strings.</summary>
internal enum NotificationKind
{
    NewFollower,
    FollowRequest,
    FollowRequestAccepted,
    Kudos,
    Comment,
    Mention,
    GroupInvitation,
    GroupJoinRequest,
    EventReminder,
    ReportOutcome,
    Warning,

    /// <summary>Loyalty awarded the recipient an achievement (excerpt: its name in the recipient's language).</summary>
    AchievementEarned,

    /// <summary>The recipient's lifetime points reached a new level (excerpt: the level, in their language).</summary>
    LevelReached,

    /// <summary>A week's notice that some of the recipient's points expire (excerpt: how many and when, in their language).</summary>
    PointsExpiring,
}
