namespace FitnessApp.Modules.Shop.Domain;

/// <summary>Configuration section <c>Shop</c>.</summary>
internal sealed class ShopOptions
{
    public const string Section = "Shop";

    /// <summary>ISO 4217 code of the one currency the shop sells in; every amount is in its minor units (cents).</summary>
    public string Currency { get; set; } = "EUR";
}
