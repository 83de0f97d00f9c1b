namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>The ledger keys of Shop's spending (unique per athlete: each is posted once).</summary>
internal static class SpendingKeys
{
    public const string Source = "Shop";

    public static string Commit(Guid orderId) => $"order:{orderId}:commit";

    /// <summary>One partial refund of an order, by the caller's refund id.</summary>
    public static string Refund(Guid orderId, Guid refundId) => $"order:{orderId}:refund:{refundId}";

    public static string Subject(Guid orderId) => $"order:{orderId}";
}
