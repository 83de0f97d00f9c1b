namespace FitnessApp.Modules.Shop.Pages.OrdersAdmin;

/// <summary>Resources of the operators' order pages (Resources/Pages/OrdersAdmin/OrdersAdminText.resx and its Russian twin).</summary>
internal sealed class OrdersAdminText;
