namespace FitnessApp.Modules.Loyalty.Promotions.Domain;

/// <summary>
/// A code operators hand out for a discount in Shop. <see cref="Redemptions"/> counts the reserved and committed uses; it
/// only moves through conditional set-based updates (never through a tracked entity), so concurrent orders cannot pass
/// <see cref="TotalLimit"/>.
/// </summary>
internal sealed class PromoCode
{
    public const int CodeMinLength = 3;
    public const int CodeMaxLength = 32;
    public const int CountriesMaxLength = 750;
    public const int AmountPrecision = 18;
    public const int AmountScale = 2;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Upper case (codes are case-insensitive); unique.</summary>
    public string Code { get; set; } = "";

    public PromoKind Kind { get; set; }

    /// <summary>1 to 100 for <see cref="PromoKind.Percentage"/>.</summary>
    public int? Percent { get; set; }

    /// <summary>The discount of a <see cref="PromoKind.FixedAmount"/> code, in <see cref="Currency"/>.</summary>
    public decimal? Amount { get; set; }

    /// <summary>ISO 4217; required for fixed amounts and minimum order amounts; when set, orders in another currency do not qualify.</summary>
    public string? Currency { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public int? TotalLimit { get; set; }

    public int? PerUserLimit { get; set; }

    /// <summary>ISO 3166 alpha-2 codes separated by commas; empty: everywhere.</summary>
    public string Countries { get; set; } = "";

    public int MinimumLevel { get; set; } = 1;

    public decimal? MinimumOrderAmount { get; set; }

    public bool Active { get; set; } = true;

    public int Redemptions { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> CountryList =>
        Countries.Length == 0 ? [] : Countries.Split(',');
}
