namespace FitnessApp.Modules.Shop.Cart;

/// <summary>One variant in an athlete's persistent cart; prices are read at the time the cart is shown or checked out.</summary>
internal sealed class CartItem
{
    public const int MaxQuantity = 99;

    public Guid UserId { get; init; }

    public Guid SkuId { get; init; }

    public int Quantity { get; set; }

    public DateTime AddedAt { get; set; }
}
