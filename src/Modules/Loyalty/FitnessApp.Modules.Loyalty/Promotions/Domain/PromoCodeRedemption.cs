using FitnessApp.Modules.Loyalty.Contracts.Promotions;

namespace FitnessApp.Modules.Loyalty.Promotions.Domain;

/// <summary>One order's use of a promo code (one per order: the order id is unique).</summary>
internal sealed class PromoCodeRedemption
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PromoCodeId { get; init; }

    /// <summary>Null once the athlete's account was erased (the use still counts toward the code's total).</summary>
    public Guid? UserId { get; set; }

    public Guid OrderId { get; init; }

    public PromoRedemptionState State { get; set; }

    public decimal OrderAmount { get; init; }

    public decimal Discount { get; init; }

    public string Currency { get; init; } = "";

    public string Country { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }
}
