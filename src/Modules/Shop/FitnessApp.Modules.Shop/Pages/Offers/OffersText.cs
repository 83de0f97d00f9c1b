namespace FitnessApp.Modules.Shop.Pages.Offers;

/// <summary>Resources of the shop home's offers section (Resources/Pages/Offers/OffersText.resx and its Russian twin).</summary>
internal sealed class OffersText;
