namespace FitnessApp.Modules.Shop.Checkout;

/// <summary>Configuration section <c>Shop:Shipping</c>: one flat rate, free from a threshold (both in minor units).</summary>
internal sealed class ShippingOptions
{
    public const string Section = "Shop:Shipping";

    public long FlatMinor { get; set; } = 490;

    /// <summary>Goods worth at least this much (after the promo discount) ship free; 0 = always free.</summary>
    public long FreeOverMinor { get; set; } = 5000;
}

/// <summary>Configuration section <c>Shop:Points</c>: what a loyalty point is worth at checkout (ADR 0019 addendum).</summary>
internal sealed class PointsOptions
{
    public const string Section = "Shop:Points";

    /// <summary>Minor units one point takes off (1 = one cent).</summary>
    public int MinorPerPoint { get; set; } = 1;

    /// <summary>Points pay at most this share of the goods after the promo discount (never shipping).</summary>
    public int MaxSharePercent { get; set; } = 50;
}
