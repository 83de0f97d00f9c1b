using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Promotions.RedeemPromoCode;

internal sealed class RedeemPromoCodeValidator : AbstractValidator<Contracts.Promotions.RedeemPromoCode>
{
    public RedeemPromoCodeValidator()
    {
        this.AddOrderRules(r => r.Code, r => r.OrderAmount, r => r.Currency, r => r.Country);
        RuleFor(r => r.OrderId).NotEmpty();
    }
}
