namespace FitnessApp.Modules.Shop.Offers;

/// <summary>The offer rules' figures (<c>Shop:Offers</c>); the defaults are what the ADR 0019 addendum describes.</summary>
internal sealed class OffersOptions
{
    public const string Section = "Shop:Offers";

    /// <summary>How many days of activity count as recent volume.</summary>
    public int WindowDays { get; set; } = 28;

    /// <summary>Activities of a sport in the window before it leads to offers.</summary>
    public int MinActivities { get; set; } = 2;

    /// <summary>At most this many sports lead to offers.</summary>
    public int MaxSports { get; set; } = 2;

    /// <summary>Share of the retirement distance from which shoes count as worn.</summary>
    public double WornShoesShare { get; set; } = 0.8;

    /// <summary>Products bought in this many days are not offered.</summary>
    public int RecentPurchaseDays { get; set; } = 90;

    public int PerRule { get; set; } = 2;

    public int MaxOffers { get; set; } = 6;

    /// <summary>Levels 1–2 see products up to this price (minor units).</summary>
    public long EntryBandMaxMinor { get; set; } = 12_000;

    /// <summary>Levels 3–4 see products up to this price; higher levels have no limit.</summary>
    public long MiddleBandMaxMinor { get; set; } = 18_000;
}
