using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Checkout;

/// <summary>
/// The one place checkout amounts are priced, shared by placing an order (which reserves) and quoting it (which does not):
/// Loyalty's discount in minor units, the points cap and the totals (<see cref="OrderTotals"/>).
/// </summary>
internal sealed class CheckoutPricing(IOptions<PointsOptions> points, IOptions<ShippingOptions> shipping)
{
    /// <summary>Loyalty's discount (a decimal in the currency) in minor units, never rounded up.</summary>
    public static long DiscountMinor(decimal discount) =>
        Money.ToMinor(Math.Round(Math.Max(0m, discount), 2, MidpointRounding.ToZero)) ?? 0;

    public static string PromoRejectedMessage(PromoCodeRejection reason) => $"'promoCode' does not apply: {WireNames.Of(reason)}.";

    public int MaxSharePercent => points.Value.MaxSharePercent;

    public int MaxPoints(long subtotalMinor, long discountMinor) => OrderTotals.MaxPoints(subtotalMinor, discountMinor, points.Value);

    /// <summary>Null when <paramref name="requestedPoints"/> is more than <see cref="MaxPoints"/> allows.</summary>
    public OrderTotals? TryPrice(long subtotalMinor, long discountMinor, int requestedPoints) =>
        OrderTotals.Compute(subtotalMinor, discountMinor, requestedPoints, points.Value, shipping.Value);

    /// <summary>The totals, or a 400 naming <c>points</c> when they pay more than the allowed share of the goods.</summary>
    public OrderTotals Price(long subtotalMinor, long discountMinor, int requestedPoints) =>
        TryPrice(subtotalMinor, discountMinor, requestedPoints)
        ?? throw FieldErrors.For("points", PointsOverCapMessage(subtotalMinor, discountMinor));

    public string PointsOverCapMessage(long subtotalMinor, long discountMinor) =>
        $"'points' may pay at most {MaxSharePercent}% of the goods: at most {MaxPoints(subtotalMinor, discountMinor)} points.";

    /// <summary>
    /// The points a quote applies: the request, capped by the share of the goods and then by the athlete's available points;
    /// the reasons it was cut, if any (<c>overMaxShare</c>, <c>moreThanAvailable</c>).
    /// </summary>
    public static (int Applied, IReadOnlyList<string> Cuts) ApplicablePoints(int requested, int maxPoints, int available)
    {
        var applied = Math.Max(0, requested);
        var cuts = new List<string>();
        if (applied > maxPoints)
        {
            cuts.Add(QuoteReasons.OverMaxShare);
            applied = maxPoints;
        }

        if (applied > Math.Max(0, available))
        {
            cuts.Add(QuoteReasons.MoreThanAvailable);
            applied = Math.Max(0, available);
        }

        return (applied, cuts);
    }
}

/// <summary>The wire names of the problems a quote reports.</summary>
internal static class QuoteReasons
{
    public const string Empty = "empty";
    public const string Unavailable = "unavailable";
    public const string Short = "short";
    public const string OverMaxShare = "overMaxShare";
    public const string MoreThanAvailable = "moreThanAvailable";
    public const string CountryRequired = "countryRequired";
}
