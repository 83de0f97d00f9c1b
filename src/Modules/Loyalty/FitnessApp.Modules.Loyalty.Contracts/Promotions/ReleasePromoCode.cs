using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Promotions;

/// <summary>
/// The order was cancelled or its payment failed: its reserved use is given back to the code's total and per-user limits.
/// Idempotent; a committed redemption cannot be released (409), an order without a redemption is 404.
/// </summary>
public sealed record ReleasePromoCode(Guid OrderId) : ICommand<PromoRedemptionStatus>;
