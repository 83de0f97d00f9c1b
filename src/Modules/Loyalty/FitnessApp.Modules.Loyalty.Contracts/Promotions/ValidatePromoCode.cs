using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Promotions;

/// <summary>
/// Whether <paramref name="Code"/> (any case) applies to an order of the athlete, and the discount it gives; reserves
/// nothing. <paramref name="Currency"/> is an ISO 4217 code, <paramref name="Country"/> the ISO 3166 alpha-2 shipping country.
/// </summary>
public sealed record ValidatePromoCode(Guid UserId, string? Code, decimal? OrderAmount, string? Currency, string? Country)
    : IQuery<PromoCodeCheck>;

/// <summary>The discount (in the order's currency, never more than the order) when <paramref name="Applies"/>, else the reason.</summary>
public sealed record PromoCodeCheck(bool Applies, string Code, decimal Discount, string Currency, PromoCodeRejection? Reason);
