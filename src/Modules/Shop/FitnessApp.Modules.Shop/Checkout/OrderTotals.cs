namespace FitnessApp.Modules.Shop.Checkout;

/// <summary>
/// The order's amounts in minor units: goods = subtotal − promo discount (never below 0); points pay at most
/// <see cref="PointsOptions.MaxSharePercent"/> of the goods; shipping is flat unless the goods reach the free threshold;
/// total = goods − points + shipping.
/// </summary>
internal sealed record OrderTotals(long SubtotalMinor, long DiscountMinor, int Points, long PointsMinor, long ShippingMinor, long TotalMinor)
{
    public static int MaxPoints(long subtotalMinor, long discountMinor, PointsOptions points)
    {
        var goods = Math.Max(0, subtotalMinor - Math.Min(discountMinor, subtotalMinor));
        return (int)Math.Min(int.MaxValue, goods * points.MaxSharePercent / 100 / Math.Max(1, points.MinorPerPoint));
    }

    /// <summary>Null when <paramref name="requestedPoints"/> is more than <see cref="MaxPoints"/> allows.</summary>
    public static OrderTotals? Compute(long subtotalMinor, long discountMinor, int requestedPoints, PointsOptions points, ShippingOptions shipping)
    {
        var discount = Math.Clamp(discountMinor, 0, subtotalMinor);
        var goods = subtotalMinor - discount;
        if (requestedPoints < 0 || requestedPoints > MaxPoints(subtotalMinor, discount, points))
        {
            return null;
        }

        var pointsMinor = (long)requestedPoints * points.MinorPerPoint;
        var shippingMinor = subtotalMinor == 0 || goods >= shipping.FreeOverMinor ? 0 : shipping.FlatMinor;
        return new OrderTotals(subtotalMinor, discount, requestedPoints, pointsMinor, shippingMinor, Math.Max(0, goods - pointsMinor + shippingMinor));
    }
}
