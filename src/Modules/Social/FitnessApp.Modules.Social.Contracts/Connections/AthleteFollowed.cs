using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Contracts.Connections;

/// <summary><paramref name="FollowerId"/> now follows <paramref name="FolloweeId"/> (at once, or when the request was accepted).</summary>
public sealed record AthleteFollowed(Guid FollowerId, Guid FolloweeId) : IntegrationEvent;
