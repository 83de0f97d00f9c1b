using System.Globalization;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Pages.OrdersAdmin;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>What happened to an order, as the customer's email tells it.</summary>
internal enum OrderEmailKind
{
    Placed,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}

/// <summary>
/// Composes an order email in the customer's language: the subject names the order by the first eight characters of its id
/// (as the order pages do), the text adds the amount or tracking number the step concerns.
/// </summary>
internal static class OrderEmails
{
    public sealed record Composed(string Subject, string Text);

    /// <param name="amountMinor">The total (placed), the money paid (paid) or refunded (refunded); otherwise unused.</param>
    public static Composed Compose(OrderEmailKind kind, Guid orderId, long amountMinor, string currency, string? trackingNumber, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "ru" ? "ru" : "en");
        var number = OrderIdRange.Short(orderId);
        var amount = Money.Format(amountMinor, currency, culture);
        var name = kind.ToString();
        var subject = string.Format(culture, OrderEmailText.Get($"{name}_Subject", culture), number);
        var body = string.Format(culture, OrderEmailText.Get($"{name}_Text", culture), number, amount, trackingNumber ?? string.Empty);
        return new Composed(subject, $"{body}\n\n{OrderEmailText.Get("Footer", culture)}");
    }
}
