using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Wallet.RefundPoints;

internal sealed class RefundPointsValidator : AbstractValidator<Contracts.Spending.RefundPoints>
{
    public RefundPointsValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty();
        RuleFor(c => c.RefundId).NotEmpty();
        RuleFor(c => c.Points).GreaterThan(0);
    }
}
