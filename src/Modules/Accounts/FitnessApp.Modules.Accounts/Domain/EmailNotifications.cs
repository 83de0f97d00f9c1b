using FitnessApp.Modules.Accounts.Contracts.Notifications;

namespace FitnessApp.Modules.Accounts.Domain;

/// <summary>
/// Reads and writes <see cref="User.MutedEmailNotifications"/>: a set bit switches a kind off, except for the opt-in
/// (marketing) kinds, whose set bit switches them on, so that they stay off for every athlete who never chose them.
/// </summary>
internal static class EmailNotifications
{
    public static bool IsOn(this User user, EmailNotificationKind kind) =>
        ((user.MutedEmailNotifications & Bit(kind)) != 0) == IsOptIn(kind);

    public static void Switch(this User user, EmailNotificationKind kind, bool on) =>
        user.MutedEmailNotifications = on == IsOptIn(kind)
            ? user.MutedEmailNotifications | Bit(kind)
            : user.MutedEmailNotifications & ~Bit(kind);

    public static bool IsOptIn(EmailNotificationKind kind) => kind == EmailNotificationKind.ShopOffers;

    private static int Bit(EmailNotificationKind kind) => 1 << (int)kind;
}
