using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Social.Pages.Notifications;
using MediatR;

namespace FitnessApp.Modules.Social.Notifications.Loyalty;

/// <summary>
/// What Loyalty's notices need: the portal's Loyalty addresses, and the recipient's language, in which the excerpt is
/// written when the notice is (an achievement's or a level's name comes in English and Russian, not as a resource key).
/// </summary>
internal static class LoyaltyNotices
{
    public const string Points = "/loyalty";
    public const string Achievements = "/loyalty/achievements";

    public static async Task<CultureInfo> CultureOfAsync(IMediator mediator, Guid athleteId, CancellationToken cancellationToken)
    {
        var profile = (await mediator.Send(new GetAthleteProfiles([athleteId]), cancellationToken)).FirstOrDefault();
        return CultureInfo.GetCultureInfo(profile?.Language == "ru" ? "ru" : "en");
    }

    public static string NameIn(CultureInfo culture, string nameEn, string nameRu) =>
        culture.TwoLetterISOLanguageName == "ru" && !string.IsNullOrWhiteSpace(nameRu) ? nameRu : nameEn;

    public static string Level(CultureInfo culture, int level, string name) =>
        string.Format(culture, NotificationsText.Get("Excerpt_Level", culture), level, name);

    public static string Expiring(CultureInfo culture, int points, DateOnly expiresOn) =>
        string.Format(culture, NotificationsText.Get("Excerpt_PointsExpiring", culture), points, expiresOn.ToString("d", culture));
}
