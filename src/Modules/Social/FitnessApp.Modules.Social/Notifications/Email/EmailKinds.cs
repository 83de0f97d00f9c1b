using FitnessApp.Modules.Accounts.Contracts.Notifications;

namespace FitnessApp.Modules.Social.Notifications.Email;

/// <summary>Which email switch (Accounts' settings) a notification kind is sent under; null: in-app only.</summary>
internal static class EmailKinds
{
    public static EmailNotificationKind? Of(NotificationKind kind) => kind switch
    {
        NotificationKind.NewFollower => EmailNotificationKind.NewFollowers,
        NotificationKind.FollowRequest or NotificationKind.FollowRequestAccepted => EmailNotificationKind.FollowRequests,
        NotificationKind.Kudos => EmailNotificationKind.Kudos,
        NotificationKind.Comment => EmailNotificationKind.Comments,
        NotificationKind.Mention => EmailNotificationKind.Mentions,
        NotificationKind.GroupInvitation or NotificationKind.GroupJoinRequest => EmailNotificationKind.GroupInvitations,
        NotificationKind.EventReminder => EmailNotificationKind.EventReminders,

        // Loyalty's milestones go under the athlete's achievements switch; expiring points are in-app only (no switch fits).
        NotificationKind.AchievementEarned or NotificationKind.LevelReached => EmailNotificationKind.Achievements,
        _ => null,
    };
}
