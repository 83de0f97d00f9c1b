using FitnessApp.Modules.Shared.Contracts.Messaging;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Orders.RefundOrder;

/// <summary>
/// Operators: gives back <paramref name="Amount"/> (at most what was paid minus earlier refunds) and optionally puts returned
/// units back on sale; a proportional share of the spent points goes back too.
/// </summary>
internal sealed record RefundOrder(Guid OrderId, Guid ActorId, decimal? Amount, string? Reason, IReadOnlyList<ReturnedLine>? Lines) : ICommand<OrderResponse>;

internal sealed record ReturnedLine(Guid? SkuId, int? Quantity);

internal sealed class RefundOrderValidator : AbstractValidator<RefundOrder>
{
    public RefundOrderValidator()
    {
        RuleFor(r => r.Amount).NotNull().GreaterThan(0)
            .Must(a => a is null || Domain.Money.ToMinor(a.Value) is not null).WithMessage("'amount' must have at most two decimal places.");
        RuleFor(r => r.Reason).MaximumLength(OrderRefund.ReasonMaxLength);
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.SkuId).NotNull();
            line.RuleFor(l => l.Quantity).NotNull().GreaterThan(0);
        });
    }
}
