using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Promotions;

/// <summary>
/// Validates like <see cref="ValidatePromoCode"/>, then reserves one use of the code for the order against its total and
/// per-user limits (atomically: concurrent orders never exceed a limit). Idempotent by <paramref name="OrderId"/>: the same
/// order redeeming again gets the result of its first redemption. Follow with <see cref="CommitPromoCode"/> when the order
/// is paid or <see cref="ReleasePromoCode"/> when it is cancelled.
/// </summary>
public sealed record RedeemPromoCode(Guid UserId, string? Code, Guid OrderId, decimal? OrderAmount, string? Currency, string? Country)
    : ICommand<PromoRedemptionResult>;

/// <summary>
/// <paramref name="Redeemed"/> with the discount and the redemption's state, or the reason the code does not apply
/// (nothing reserved then).
/// </summary>
public sealed record PromoRedemptionResult(
    Guid OrderId, bool Redeemed, string Code, decimal Discount, string Currency, PromoCodeRejection? Reason, PromoRedemptionState? State);
