namespace FitnessApp.Modules.Loyalty.Contracts.Promotions;

/// <summary>An order's use of a promo code: reserved at checkout, committed when paid, released when cancelled or unpaid.</summary>
public enum PromoRedemptionState
{
    Reserved,
    Committed,
    Released,
}
