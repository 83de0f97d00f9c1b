namespace FitnessApp.Modules.Shop.Pages;

/// <summary>Resources shared by the Shop pages (Resources/Pages/ShopText.resx and its Russian twin): navigation titles.</summary>
internal sealed class ShopText;
