using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Standing;

/// <summary>Shop's checkout and offers: what the athlete may spend and their level.</summary>
public sealed record GetLoyaltyStanding(Guid UserId) : IQuery<LoyaltyStanding>;

/// <param name="AvailablePoints">The balance minus active reservations.</param>
public sealed record LoyaltyStanding(Guid UserId, int Balance, int AvailablePoints, int LifetimePoints, int Level, string LevelNameEn, string LevelNameRu);
