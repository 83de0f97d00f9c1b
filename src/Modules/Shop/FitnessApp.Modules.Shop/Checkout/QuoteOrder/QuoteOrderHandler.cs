using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Contracts.Standing;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Cart;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Checkout.QuoteOrder;

/// <summary>
/// Prices the cart as <see cref="PlaceOrder.PlaceOrderHandler"/> would (same <see cref="CheckoutPricing"/>), but validates
/// the promo code instead of redeeming it and reads the points balance instead of reserving points.
/// </summary>
internal sealed class QuoteOrderHandler(ShopDbContext db, CheckoutPricing pricing, IMediator mediator, IOptions<ShopOptions> shop)
    : IRequestHandler<QuoteOrder, OrderQuote>
{
    public async Task<OrderQuote> Handle(QuoteOrder request, CancellationToken cancellationToken)
    {
        var currency = shop.Value.Currency;
        var body = request.Body;
        var lines = await CartLines.LoadAsync(db, request.CustomerId, cancellationToken);
        var problems = new List<QuoteProblem>();
        if (lines.Count == 0)
        {
            problems.Add(new QuoteProblem("cart", QuoteReasons.Empty, "The cart is empty."));
        }

        foreach (var line in lines.Where(l => l.Unavailable))
        {
            problems.Add(new QuoteProblem("lines", QuoteReasons.Unavailable, $"The variant {line.SkuCode} is no longer sold.", line.SkuId));
        }

        foreach (var line in lines.Where(l => l.Short))
        {
            problems.Add(new QuoteProblem("lines", QuoteReasons.Short, $"The variant {line.SkuCode} has {Math.Max(0, line.Stock)} in stock, fewer than {line.Quantity}.", line.SkuId));
        }

        var subtotal = lines.Where(l => !l.Unavailable).Sum(l => l.LineTotalMinor);
        var (discount, promoCode) = await PromoAsync(request, subtotal, currency, problems, cancellationToken);

        var standing = await mediator.Send(new GetLoyaltyStanding(request.CustomerId), cancellationToken);
        var requested = body.Points ?? 0;
        var maxPoints = pricing.MaxPoints(subtotal, discount);
        var (applied, cuts) = CheckoutPricing.ApplicablePoints(requested, maxPoints, standing.AvailablePoints);
        foreach (var cut in cuts)
        {
            problems.Add(new QuoteProblem("points", cut, cut == QuoteReasons.OverMaxShare
                ? pricing.PointsOverCapMessage(subtotal, discount)
                : $"'points' {requested} is more than the {standing.AvailablePoints} points available."));
        }

        var totals = pricing.Price(subtotal, discount, applied);
        return new OrderQuote(
            lines.Where(l => !l.Unavailable).Sum(l => l.Quantity), Money.ToDecimal(totals.SubtotalMinor), Money.ToDecimal(totals.DiscountMinor), promoCode,
            requested, totals.Points, Money.ToDecimal(totals.PointsMinor), maxPoints, standing.AvailablePoints, Money.ToDecimal(totals.ShippingMinor),
            Money.ToDecimal(totals.TotalMinor), currency, problems);
    }

    private async Task<(long DiscountMinor, string? Code)> PromoAsync(
        QuoteOrder request, long subtotal, string currency, List<QuoteProblem> problems, CancellationToken cancellationToken)
    {
        var code = request.Body.PromoCode?.Trim();
        if (string.IsNullOrEmpty(code) || subtotal == 0)
        {
            return (0, null);
        }

        var country = request.Body.Address?.Country;
        if (string.IsNullOrEmpty(country))
        {
            problems.Add(new QuoteProblem("promoCode", QuoteReasons.CountryRequired, "'promoCode' is checked against the shipping country: choose 'address.country' first."));
            return (0, null);
        }

        PromoCodeCheck check;
        try
        {
            check = await mediator.Send(new ValidatePromoCode(request.CustomerId, code, Money.ToDecimal(subtotal), currency, country), cancellationToken);
        }
        catch (ValidationException)
        {
            // Loyalty refuses a malformed code as bad input; for a quote it is simply a code that does not exist.
            check = new PromoCodeCheck(false, code, 0m, currency, PromoCodeRejection.Unknown);
        }

        if (!check.Applies)
        {
            var reason = check.Reason ?? PromoCodeRejection.Unknown;
            problems.Add(new QuoteProblem("promoCode", WireNames.Of(reason), CheckoutPricing.PromoRejectedMessage(reason)));
            return (0, null);
        }

        return (CheckoutPricing.DiscountMinor(check.Discount), check.Code);
    }
}
