using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Me;
using FitnessApp.Modules.Accounts.Me.UpdateSettings;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Accounts.Pages.Profile;

/// <summary>The settings form; enums as their wire names, which the select options use as values.</summary>
internal sealed class SettingsInput
{
    public string Units { get; set; } = string.Empty;

    public string Language { get; set; } = ProfileRules.DefaultLanguage;

    public string TimeZone { get; set; } = ProfileRules.DefaultTimeZone;

    public string DefaultActivityVisibility { get; set; } = string.Empty;

    public string ProfileVisibility { get; set; } = string.Empty;

    public bool NotifySupportReplies { get; set; } = true;

    public bool NotifyNewFollowers { get; set; } = true;

    public bool NotifyAchievements { get; set; } = true;

    public bool NotifyTrainingReminders { get; set; } = true;

    public bool NotifyFollowRequests { get; set; } = true;

    public bool NotifyKudos { get; set; } = true;

    public bool NotifyComments { get; set; } = true;

    public bool NotifyMentions { get; set; } = true;

    public bool NotifyGroupInvitations { get; set; } = true;

    public bool NotifyEventReminders { get; set; } = true;

    public bool NotifyOrders { get; set; } = true;

    public bool NotifyShopOffers { get; set; }

    public static SettingsInput From(SettingsResponse settings) => new()
    {
        Units = WireNames.Of(settings.Units),
        Language = settings.Language,
        TimeZone = settings.TimeZone,
        DefaultActivityVisibility = WireNames.Of(settings.DefaultActivityVisibility),
        ProfileVisibility = WireNames.Of(settings.ProfileVisibility),
        NotifySupportReplies = settings.EmailNotifications.SupportReplies,
        NotifyNewFollowers = settings.EmailNotifications.NewFollowers,
        NotifyAchievements = settings.EmailNotifications.Achievements,
        NotifyTrainingReminders = settings.EmailNotifications.TrainingReminders,
        NotifyFollowRequests = settings.EmailNotifications.FollowRequests,
        NotifyKudos = settings.EmailNotifications.Kudos,
        NotifyComments = settings.EmailNotifications.Comments,
        NotifyMentions = settings.EmailNotifications.Mentions,
        NotifyGroupInvitations = settings.EmailNotifications.GroupInvitations,
        NotifyEventReminders = settings.EmailNotifications.EventReminders,
        NotifyOrders = settings.EmailNotifications.Orders,
        NotifyShopOffers = settings.EmailNotifications.ShopOffers,
    };

    public UpdateSettings ToRequest(Guid userId) => new(userId, Units, Language, TimeZone, DefaultActivityVisibility, ProfileVisibility, new Dictionary<string, bool?>
    {
        [WireNames.Of(EmailNotificationKind.SupportReplies)] = NotifySupportReplies,
        [WireNames.Of(EmailNotificationKind.NewFollowers)] = NotifyNewFollowers,
        [WireNames.Of(EmailNotificationKind.Achievements)] = NotifyAchievements,
        [WireNames.Of(EmailNotificationKind.TrainingReminders)] = NotifyTrainingReminders,
        [WireNames.Of(EmailNotificationKind.FollowRequests)] = NotifyFollowRequests,
        [WireNames.Of(EmailNotificationKind.Kudos)] = NotifyKudos,
        [WireNames.Of(EmailNotificationKind.Comments)] = NotifyComments,
        [WireNames.Of(EmailNotificationKind.Mentions)] = NotifyMentions,
        [WireNames.Of(EmailNotificationKind.GroupInvitations)] = NotifyGroupInvitations,
        [WireNames.Of(EmailNotificationKind.EventReminders)] = NotifyEventReminders,
        [WireNames.Of(EmailNotificationKind.Orders)] = NotifyOrders,
        [WireNames.Of(EmailNotificationKind.ShopOffers)] = NotifyShopOffers,
    });
}
