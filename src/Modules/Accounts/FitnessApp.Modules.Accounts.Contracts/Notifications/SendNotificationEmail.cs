using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Notifications;

/// <summary>
/// Emails <paramref name="UserId"/> about something of <paramref name="Kind"/>, unless they switched that kind off in
/// their settings (or have no confirmed address); the mail leaves through the Accounts outbox after the caller's
/// transaction commits. Answers whether a message was queued.
/// </summary>
/// <param name="Link">A portal address (starting with '/') the message links to, e.g. the support ticket.</param>
public sealed record SendNotificationEmail(Guid UserId, EmailNotificationKind Kind, string Subject, string Text, string? Link = null)
    : ICommand<bool>;

/// <summary>The kinds of email an athlete can switch on or off one by one in their settings.</summary>
public enum EmailNotificationKind
{
    SupportReplies = 0,
    NewFollowers = 1,
    Achievements = 2,
    TrainingReminders = 3,
    FollowRequests = 4,
    Kudos = 5,
    Comments = 6,
    Mentions = 7,
    GroupInvitations = 8,
    EventReminders = 9,

    /// <summary>Shop order updates: placed, paid, shipped, delivered, cancelled, refunded.</summary>
    Orders = 10,

    /// <summary>The shop's weekly personal offers: marketing, so off until the athlete switches it on.</summary>
    ShopOffers = 11,
}
