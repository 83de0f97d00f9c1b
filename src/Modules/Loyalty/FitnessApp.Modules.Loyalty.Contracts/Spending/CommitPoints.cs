using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Spending;

/// <summary>Shop: the order is paid; its reserved points are spent (a Redemption ledger entry). Idempotent.</summary>
public sealed record CommitPoints(Guid OrderId) : ICommand<SpendingResult>;
