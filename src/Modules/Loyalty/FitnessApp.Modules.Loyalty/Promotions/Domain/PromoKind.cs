namespace FitnessApp.Modules.Loyalty.Promotions.Domain;

internal enum PromoKind
{
    /// <summary>A share of the order (1 to 100 %).</summary>
    Percentage,

    /// <summary>A fixed amount in one currency.</summary>
    FixedAmount,
}
