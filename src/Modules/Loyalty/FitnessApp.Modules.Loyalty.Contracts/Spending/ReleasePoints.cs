using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Spending;

/// <summary>Shop: the order was cancelled or its payment failed; the reservation is released. Idempotent; a committed one is refused.</summary>
public sealed record ReleasePoints(Guid OrderId) : ICommand<SpendingResult>;
