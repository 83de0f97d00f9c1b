using System.Globalization;
using System.Resources;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>Texts of the order emails (Resources/Orders/Notifications/OrderEmailText.resx and its Russian twin).</summary>
internal static class OrderEmailText
{
    private static readonly ResourceManager Resources = new("FitnessApp.Modules.Shop.Resources.Orders.Notifications.OrderEmailText", typeof(OrderEmailText).Assembly);

    /// <summary>A text in <paramref name="culture"/>, outside a request (each customer reads their own language).</summary>
    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;
}
