using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Promotions;

/// <summary>
/// The order was paid: its reserved use of a promo code becomes final. Idempotent; a released redemption cannot be
/// committed (409), an order without a redemption is 404.
/// </summary>
public sealed record CommitPromoCode(Guid OrderId) : ICommand<PromoRedemptionStatus>;

/// <summary>The order's redemption after the change.</summary>
public sealed record PromoRedemptionStatus(Guid OrderId, string Code, decimal Discount, string Currency, PromoRedemptionState State);
