namespace FitnessApp.Modules.Shop.Pages.Cart;

/// <summary>
/// Resources of the customer's shopping pages (add to cart, cart, checkout, my orders):
/// Resources/Pages/Cart/ShoppingText.resx and its Russian twin.
/// </summary>
internal sealed class ShoppingText;
