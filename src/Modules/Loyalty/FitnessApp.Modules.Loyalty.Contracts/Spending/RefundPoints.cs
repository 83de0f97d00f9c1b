using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Spending;

/// <summary>
/// Shop: returns <paramref name="Points"/> of the points a committed order spent (a Refund ledger entry). An order may be
/// refunded in several parts, each identified by the caller's <paramref name="RefundId"/>:
/// <list type="bullet">
/// <item>the same refund id again with the same points is idempotent (<see cref="SpendingOutcome.AlreadyDone"/>, nothing
/// posted), also when calls race; with other points it is <see cref="SpendingOutcome.Refused"/>;</item>
/// <item>the refunds of an order never total more than it spent: a refund that would go beyond is
/// <see cref="SpendingOutcome.OverRefund"/> (the message says how much is left) and posts nothing;</item>
/// <item>an order without a reservation is <see cref="SpendingOutcome.NotFound"/>; one not committed (active or released)
/// is <see cref="SpendingOutcome.Refused"/>.</item>
/// </list>
/// </summary>
public sealed record RefundPoints(Guid OrderId, Guid RefundId, int Points) : ICommand<SpendingResult>;
