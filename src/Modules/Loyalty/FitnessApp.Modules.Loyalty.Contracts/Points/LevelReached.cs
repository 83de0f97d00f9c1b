using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Points;

/// <summary>
/// An athlete's lifetime points crossed the threshold of <paramref name="Level"/> (raised once per level: levels are never
/// taken away, even when points are).
/// </summary>
public sealed record LevelReached(Guid AthleteId, int Level, string NameEn, string NameRu, int LifetimePoints) : IntegrationEvent;
