using System.Globalization;
using System.Resources;

namespace FitnessApp.Modules.Social.Pages.Notifications;

/// <summary>
/// Resources of the notification pages, the bell and the notification emails (Resources/Pages/Notifications/NotificationsText.resx
/// and its Russian twin).
/// </summary>
internal sealed class NotificationsText
{
    private static readonly ResourceManager Resources = new("FitnessApp.Modules.Social.Resources.Pages.Notifications.NotificationsText", typeof(NotificationsText).Assembly);

    /// <summary>A text in <paramref name="culture"/>, outside a request (the email job writes in each recipient's language).</summary>
    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;
}
