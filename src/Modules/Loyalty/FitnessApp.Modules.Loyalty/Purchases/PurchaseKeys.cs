namespace FitnessApp.Modules.Loyalty.Purchases;

/// <summary>The ledger source keys of purchase points: one credit per order, one reversal per refund.</summary>
internal static class PurchaseKeys
{
    public const string Source = "Shop";

    public static string Credit(Guid orderId) => $"purchase:{orderId}";

    public static string ReversalPrefix(Guid orderId) => $"purchase-refund:{orderId}:";

    public static string Reversal(Guid orderId, Guid refundId) => $"{ReversalPrefix(orderId)}{refundId}";

    public static string Subject(Guid orderId) => $"order:{orderId}";
}
