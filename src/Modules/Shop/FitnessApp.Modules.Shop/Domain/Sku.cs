namespace FitnessApp.Modules.Shop.Domain;

/// <summary>
/// A variant that is bought: one size and colour of a product, with its price and stock. Stock changes only through
/// <see cref="StockLedger"/> (a conditional update, so that concurrent orders can never oversell, and an audit row).
/// </summary>
internal sealed class Sku
{
    public const int CodeMaxLength = 60;
    public const int OptionMaxLength = 40;

    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    /// <summary>The stock-keeping code printed on the box, unique.</summary>
    public required string Code { get; set; }

    public string? Size { get; set; }

    public string? Colour { get; set; }

    /// <summary>Price in minor units of the shop's currency (cents).</summary>
    public long PriceMinor { get; set; }

    /// <summary>Units available to sell (never negative).</summary>
    public int Stock { get; set; }

    /// <summary>An inactive variant is shown as unavailable and cannot be bought.</summary>
    public bool Active { get; set; } = true;

    public int Position { get; set; }
}
