namespace FitnessApp.Modules.Shop.Orders;

internal static class OrderRoutes
{
    public const string Orders = "/orders";
    public const string Order = "/orders/{id:guid}";
    public const string Cancel = "/orders/{id:guid}/cancel";
    public const string AdminOrders = "/admin/orders";
    public const string AdminOrder = "/admin/orders/{id:guid}";
    public const string AdminShip = "/admin/orders/{id:guid}/ship";
    public const string AdminDeliver = "/admin/orders/{id:guid}/deliver";
    public const string AdminCancel = "/admin/orders/{id:guid}/cancel";
    public const string AdminRefund = "/admin/orders/{id:guid}/refunds";

    public static string Of(Guid id) => $"/api/v1/shop/orders/{id}";
}
