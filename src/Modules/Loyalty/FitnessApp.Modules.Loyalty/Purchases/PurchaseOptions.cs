namespace FitnessApp.Modules.Loyalty.Purchases;

/// <summary>Configuration section <c>Loyalty:Purchases</c>: points credited for money paid in the shop.</summary>
internal sealed class PurchaseOptions
{
    public const string Section = "Loyalty:Purchases";

    /// <summary>Points per whole currency unit paid (1 = one point per euro), rounded down per order.</summary>
    public int PointsPerCurrencyUnit { get; set; } = 1;
}
