namespace FitnessApp.Modules.Loyalty.Pages.PromoCodes;

/// <summary>Resources of the operators' promo codes page (Resources/Pages/PromoCodes/PromoCodesText.resx and its Russian twin).</summary>
internal sealed class PromoCodesText;
