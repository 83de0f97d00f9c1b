using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>
/// An athlete's activities of the given visibilities (the caller decides which its viewer may see), newest first,
/// keyset-paginated by (start time, id); pass <see cref="Page{T}.NextCursor"/> back as <paramref name="Cursor"/>.
/// </summary>
public sealed record ListAthleteActivities(Guid OwnerId, IReadOnlyCollection<Visibility> Visibilities, string? Cursor, int Limit)
    : IQuery<Page<AthleteActivitySummary>>
{
    public const int MaxLimit = 100;
}

/// <summary>What another athlete's activity list shows of one activity.</summary>
public sealed record AthleteActivitySummary(
    Guid Id,
    Sport Sport,
    string Title,
    DateTime StartTime,
    double? DistanceMeters,
    int MovingSeconds,
    double? ElevationGainMeters,
    Visibility Visibility);
