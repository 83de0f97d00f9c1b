using FitnessApp.Modules.Loyalty.Contracts.Promotions;

namespace FitnessApp.Modules.Loyalty.Promotions.Domain;

/// <summary>The rules of a promo code against an order: the first reason it does not apply, or the discount it gives.</summary>
internal static class PromoEvaluation
{
    public static PromoCodeRejection? RejectionOf(PromoCode? code, PromoOrder order, DateTime now)
    {
        if (code is not { Active: true })
        {
            return PromoCodeRejection.Unknown;
        }

        if (now < code.StartsAt)
        {
            return PromoCodeRejection.NotYetValid;
        }

        if (now >= code.EndsAt)
        {
            return PromoCodeRejection.Expired;
        }

        if (code.Currency is { } currency && !string.Equals(currency, order.Currency, StringComparison.Ordinal))
        {
            return PromoCodeRejection.CurrencyMismatch;
        }

        if (code.CountryList is { Count: > 0 } countries && !countries.Contains(order.Country, StringComparer.Ordinal))
        {
            return PromoCodeRejection.CountryNotAllowed;
        }

        if (order.Level < code.MinimumLevel)
        {
            return PromoCodeRejection.LevelTooLow;
        }

        if (code.MinimumOrderAmount is { } minimum && order.Amount < minimum)
        {
            return PromoCodeRejection.OrderTooSmall;
        }

        if (code.TotalLimit is { } total && code.Redemptions >= total)
        {
            return PromoCodeRejection.Exhausted;
        }

        return code.PerUserLimit is { } perUser && order.UserUses >= perUser ? PromoCodeRejection.PerUserLimitReached : null;
    }

    /// <summary>
    /// The discount in the order's currency: a percentage rounded to cents (half away from zero), a fixed amount as is;
    /// never more than the order.
    /// </summary>
    public static decimal DiscountOf(PromoCode code, decimal orderAmount)
    {
        var discount = code.Kind == PromoKind.Percentage
            ? Math.Round(orderAmount * code.Percent!.Value / 100m, PromoCode.AmountScale, MidpointRounding.AwayFromZero)
            : code.Amount!.Value;
        return Math.Max(0m, Math.Min(discount, orderAmount));
    }
}
