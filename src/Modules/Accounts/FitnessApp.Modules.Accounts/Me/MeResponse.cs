using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Consent;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Accounts.Me;

/// <summary>The signed-in account with its profile and settings (enums on the wire as camelCase strings).</summary>
/// <param name="AvatarUrl">The 256-pixel avatar, null without one.</param>
internal sealed record MeResponse(
    Guid Id,
    string Email,
    bool EmailConfirmed,
    string DisplayName,
    string? AvatarUrl,
    IReadOnlyList<string> Roles,
    DateTime CreatedAt,
    ProfileResponse Profile,
    SettingsResponse Settings,
    PrivacyResponse Privacy)
{
    public static MeResponse From(User user, IEnumerable<string> roles, LegalOptions legal) => new(
        user.Id,
        user.Email!,
        user.EmailConfirmed,
        user.DisplayName,
        AvatarLinks.Of(user.Id, user.AvatarVersion),
        roles.Order(StringComparer.Ordinal).ToList(),
        user.CreatedAt,
        new ProfileResponse(
            user.Bio,
            user.City,
            user.Country,
            user.BirthDate,
            user.Sex,
            user.HeightCm,
            user.WeightKg,
            user.MaxHeartRate,
            user.RestingHeartRate,
            [.. user.PreferredSports]),
        new SettingsResponse(
            user.Units,
            user.Language,
            user.TimeZone,
            user.DefaultActivityVisibility,
            user.ProfileVisibility,
            new EmailNotificationsResponse(
                user.IsOn(EmailNotificationKind.SupportReplies),
                user.IsOn(EmailNotificationKind.NewFollowers),
                user.IsOn(EmailNotificationKind.Achievements),
                user.IsOn(EmailNotificationKind.TrainingReminders),
                user.IsOn(EmailNotificationKind.FollowRequests),
                user.IsOn(EmailNotificationKind.Kudos),
                user.IsOn(EmailNotificationKind.Comments),
                user.IsOn(EmailNotificationKind.Mentions),
                user.IsOn(EmailNotificationKind.GroupInvitations),
                user.IsOn(EmailNotificationKind.EventReminders),
                user.IsOn(EmailNotificationKind.Orders),
                user.IsOn(EmailNotificationKind.ShopOffers))),
        PrivacyResponse.From(user, legal));
}

/// <param name="HeightCm">Centimetres; the portal converts for imperial users.</param>
/// <param name="WeightKg">Kilograms.</param>
internal sealed record ProfileResponse(
    string? Bio,
    string? City,
    string? Country,
    DateOnly? BirthDate,
    Sex Sex,
    double? HeightCm,
    double? WeightKg,
    int? MaxHeartRate,
    int? RestingHeartRate,
    IReadOnlyList<Sport> PreferredSports);

internal sealed record SettingsResponse(
    UnitSystem Units,
    string Language,
    string TimeZone,
    DefaultVisibility DefaultActivityVisibility,
    ProfileVisibility ProfileVisibility,
    EmailNotificationsResponse EmailNotifications);

/// <summary>Which kinds of email the athlete gets (each on by default, except the shop's offers).</summary>
internal sealed record EmailNotificationsResponse(
    bool SupportReplies,
    bool NewFollowers,
    bool Achievements,
    bool TrainingReminders,
    bool FollowRequests,
    bool Kudos,
    bool Comments,
    bool Mentions,
    bool GroupInvitations,
    bool EventReminders,
    bool Orders,
    bool ShopOffers);
