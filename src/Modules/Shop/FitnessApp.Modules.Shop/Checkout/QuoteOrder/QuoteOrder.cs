using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Checkout.Payments;
using FitnessApp.Modules.Shop.Checkout.PlaceOrder;
using FitnessApp.Modules.Shop.Orders;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Checkout.QuoteOrder;

/// <summary>
/// What placing the cart as an order with this body would cost, priced by the server and reserving nothing. A quote may be
/// asked while the form is incomplete (address and payment method are optional), but what is sent must be well formed.
/// Promo code, points and cart troubles are reported as <see cref="OrderQuote.Problems"/>, not as errors.
/// </summary>
internal sealed record QuoteOrder(Guid CustomerId, PlaceOrderBody Body) : IQuery<OrderQuote>;

/// <param name="Points">The points the totals apply (the request, capped by the share of the goods and the available points).</param>
/// <param name="MaxPoints">The most points this order may use (share of the goods after the discount).</param>
/// <param name="AvailablePoints">The athlete's points not reserved by other orders.</param>
/// <param name="Problems">Why placing this body would be refused; empty when it would be accepted as priced.</param>
internal sealed record OrderQuote(
    int ItemCount, decimal Subtotal, decimal Discount, string? PromoCode, int PointsRequested, int Points, decimal PointsValue, int MaxPoints,
    int AvailablePoints, decimal Shipping, decimal Total, string Currency, IReadOnlyList<QuoteProblem> Problems);

/// <param name="Field">camelCase field path: <c>cart</c>, <c>lines</c>, <c>promoCode</c>, <c>points</c>.</param>
/// <param name="Reason">camelCase reason (for <c>promoCode</c>, Loyalty's rejection, e.g. <c>expired</c>).</param>
internal sealed record QuoteProblem(string Field, string Reason, string Message, Guid? SkuId = null);

internal sealed class QuoteOrderValidator : AbstractValidator<QuoteOrder>
{
    public QuoteOrderValidator(OfferedPaymentMethods offered)
    {
        RuleFor(r => r.Body.Address!).ChildRules(address =>
        {
            address.RuleFor(a => a.Name).MaximumLength(Order.NameMaxLength);
            address.RuleFor(a => a.Line1).MaximumLength(Order.LineMaxLength);
            address.RuleFor(a => a.Line2).MaximumLength(Order.LineMaxLength);
            address.RuleFor(a => a.City).MaximumLength(Order.CityMaxLength);
            address.RuleFor(a => a.PostalCode).MaximumLength(Order.PostalCodeMaxLength);
            address.RuleFor(a => a.Country).Must(c => string.IsNullOrEmpty(c) || Countries.IsIsoAlpha2(c))
                .WithMessage("'country' must be an ISO 3166 alpha-2 code such as DE.");
        }).OverridePropertyName("address").When(r => r.Body.Address is not null);
        RuleFor(r => r.Body.PaymentMethod)
            .Must(m => m is null || WireNames.IsValid<PaymentMethod>(m)).OverridePropertyName("paymentMethod")
            .WithMessage($"'paymentMethod' must be one of: {WireNames.Names<PaymentMethod>()}.")
            .Must(m => m is null || !WireNames.TryParse<PaymentMethod>(m, out var method) || offered.Offers(method))
            .WithMessage(r => $"'paymentMethod' {r.Body.PaymentMethod} is not offered by this shop; offered: {string.Join(", ", offered.All.Select(WireNames.Of))}.");
        RuleFor(r => r.Body.PromoCode).MaximumLength(Order.PromoCodeMaxLength).OverridePropertyName("promoCode");
        RuleFor(r => r.Body.Points).GreaterThanOrEqualTo(0).OverridePropertyName("points");
    }
}
