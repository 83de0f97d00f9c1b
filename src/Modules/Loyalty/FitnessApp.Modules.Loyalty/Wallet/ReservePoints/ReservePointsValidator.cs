using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Wallet.ReservePoints;

internal sealed class ReservePointsValidator : AbstractValidator<Contracts.Spending.ReservePoints>
{
    public ReservePointsValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.Points).GreaterThan(0);
    }
}
