using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Checkout.Payments;
using FitnessApp.Modules.Shop.Orders;
using FluentValidation;
using MediatR;

namespace FitnessApp.Modules.Shop.Checkout.PlaceOrder;

/// <summary>
/// Turns the athlete's cart into an order. Not a unit-of-work command: the handler runs its own transaction so that a
/// concurrent request with the same idempotency key can read the winner's order back.
/// </summary>
/// <param name="ReturnOrigin">
/// The portal's address as the caller sees it (e.g. <c>https://fit.example</c>), for the card processor's return URL when
/// <c>Shop:Payments:Card:ReturnBaseUrl</c> is not set.
/// </param>
internal sealed record PlaceOrder(Guid CustomerId, string? IdempotencyKey, PlaceOrderBody Body, string? ReturnOrigin = null) : IRequest<PlacedOrder>;

/// <summary>What the customer sends; prices and totals are never part of it.</summary>
internal sealed record PlaceOrderBody(OrderAddress? Address, string? PaymentMethod, string? PromoCode, int? Points);

/// <param name="Created">False when the key's order already existed (a repeated request).</param>
internal sealed record PlacedOrder(OrderResponse Order, bool Created);

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public PlaceOrderValidator(OfferedPaymentMethods offered)
    {
        RuleFor(r => r.IdempotencyKey).NotEmpty().MaximumLength(Order.IdempotencyKeyMaxLength).OverridePropertyName("Idempotency-Key")
            .WithMessage("The 'Idempotency-Key' header is required (at most 100 characters).");
        RuleFor(r => r.Body.Address).NotNull().OverridePropertyName("address");
        RuleFor(r => r.Body.Address!).ChildRules(address =>
        {
            address.RuleFor(a => a.Name).NotEmpty().MaximumLength(Order.NameMaxLength);
            address.RuleFor(a => a.Line1).NotEmpty().MaximumLength(Order.LineMaxLength);
            address.RuleFor(a => a.Line2).MaximumLength(Order.LineMaxLength);
            address.RuleFor(a => a.City).NotEmpty().MaximumLength(Order.CityMaxLength);
            address.RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(Order.PostalCodeMaxLength);
            address.RuleFor(a => a.Country).NotEmpty().Must(Countries.IsIsoAlpha2)
                .WithMessage("'country' must be an ISO 3166 alpha-2 code such as DE.");
        }).OverridePropertyName("address").When(r => r.Body.Address is not null);
        RuleFor(r => r.Body.PaymentMethod).NotEmpty().OverridePropertyName("paymentMethod")
            .Must(m => m is null || WireNames.IsValid<PaymentMethod>(m))
            .WithMessage($"'paymentMethod' must be one of: {WireNames.Names<PaymentMethod>()}.")
            .Must(m => m is null || !WireNames.TryParse<PaymentMethod>(m, out var method) || offered.Offers(method))
            .WithMessage(r => $"'paymentMethod' {r.Body.PaymentMethod} is not offered by this shop; offered: {string.Join(", ", offered.All.Select(WireNames.Of))}.");
        RuleFor(r => r.Body.PromoCode).MaximumLength(Order.PromoCodeMaxLength).OverridePropertyName("promoCode");
        RuleFor(r => r.Body.Points).GreaterThanOrEqualTo(0).OverridePropertyName("points");
    }
}

internal static class Countries
{
    private static readonly HashSet<string> Codes = System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures)
        .Select(c => { try { return new System.Globalization.RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
        .Where(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
        .Select(c => c!)
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsIsoAlpha2(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetterUpper) && (Codes.Count == 0 || Codes.Contains(code));
}
