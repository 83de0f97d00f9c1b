using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>
/// What another module shows of activities in lists and feeds, for many ids in one call. It answers whoever asks: the
/// caller applies <see cref="ActivityCard.Visibility"/> to its viewer. Unknown ids are left out.
/// </summary>
public sealed record GetActivityCards(IReadOnlyCollection<Guid> ActivityIds) : IQuery<IReadOnlyList<ActivityCard>>;

/// <param name="Visibility">An activity synced from a provider whose terms keep it to its owner is always <see cref="Visibility.Private"/>.</param>
/// <param name="Route">The route thinned to at most <see cref="ActivityCard.RouteMaxPoints"/> positions (first and last kept), empty without GPS.</param>
public sealed record ActivityCard(
    Guid ActivityId,
    Guid OwnerId,
    Sport Sport,
    string Title,
    DateTime StartTime,
    string TimeZone,
    double? DistanceMeters,
    int MovingSeconds,
    int ElapsedSeconds,
    double? ElevationGainMeters,
    Visibility Visibility,
    IReadOnlyList<RoutePoint> Route)
{
    public const int RouteMaxPoints = 100;
}

public sealed record RoutePoint(double Latitude, double Longitude);
