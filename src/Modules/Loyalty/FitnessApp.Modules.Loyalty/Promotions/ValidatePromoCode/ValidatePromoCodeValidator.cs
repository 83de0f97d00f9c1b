using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Promotions.ValidatePromoCode;

internal sealed class ValidatePromoCodeValidator : AbstractValidator<Contracts.Promotions.ValidatePromoCode>
{
    public ValidatePromoCodeValidator() =>
        this.AddOrderRules(r => r.Code, r => r.OrderAmount, r => r.Currency, r => r.Country);
}
