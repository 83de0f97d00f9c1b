using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Points;

/// <summary>A week's notice: <paramref name="Points"/> of the athlete's points expire on <paramref name="ExpiresOn"/> unless spent.</summary>
public sealed record PointsExpiring(Guid AthleteId, int Points, DateOnly ExpiresOn) : IntegrationEvent;
