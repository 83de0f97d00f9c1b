using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Checkout.Payments;

/// <summary>
/// The payment methods a customer may choose at checkout, in the order the checkout shows them. Cash on delivery needs no
/// processor and is always offered; card payments are offered once a card processor is configured (<c>Shop:Payments:Card</c>).
/// </summary>
internal sealed class OfferedPaymentMethods(IOptions<PaymentOptions> options)
{
    private static readonly IReadOnlyList<PaymentMethod> CashOnly = [PaymentMethod.CashOnDelivery];
    private static readonly IReadOnlyList<PaymentMethod> CardAndCash = [PaymentMethod.Card, PaymentMethod.CashOnDelivery];

    public IReadOnlyList<PaymentMethod> All => options.Value.Card.IsConfigured ? CardAndCash : CashOnly;

    public bool Offers(PaymentMethod method) => All.Contains(method);
}
