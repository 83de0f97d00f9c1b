namespace FitnessApp.Modules.Loyalty.Contracts.Promotions;

/// <summary>Why a promo code does not apply to an order (wire names are camelCase: <c>perUserLimitReached</c>).</summary>
public enum PromoCodeRejection
{
    /// <summary>No such code, or an operator deactivated it.</summary>
    Unknown,
    NotYetValid,
    Expired,

    /// <summary>The code's total limit of uses is reached.</summary>
    Exhausted,
    PerUserLimitReached,
    CountryNotAllowed,
    LevelTooLow,
    OrderTooSmall,
    CurrencyMismatch,
}
