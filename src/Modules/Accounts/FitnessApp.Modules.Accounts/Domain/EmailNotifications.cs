using FitnessApp.Modules.Accounts.Contracts.Notifications;

namespace FitnessApp.Modules.Accounts.Domain;

/// <summary>Reads and writes <see cref="User.MutedEmailNotifications"/>: a set bit switches a kind off.</summary>
internal static class EmailNotifications
{
    public static bool IsOn(this User user, EmailNotificationKind kind) => (user.MutedEmailNotifications & Bit(kind)) == 0;

    public static void Switch(this User user, EmailNotificationKind kind, bool on) =>
        user.MutedEmailNotifications = on ? user.MutedEmailNotifications & ~Bit(kind) : user.MutedEmailNotifications | Bit(kind);

    private static int Bit(EmailNotificationKind kind) => 1 << (int)kind;
}
