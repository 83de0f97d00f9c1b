namespace FitnessApp.Modules.Shop.Pages.Payments;

/// <summary>Resources of the order payment page (Resources/Pages/Payments/PaymentsText.resx and its Russian twin).</summary>
internal sealed class PaymentsText;
