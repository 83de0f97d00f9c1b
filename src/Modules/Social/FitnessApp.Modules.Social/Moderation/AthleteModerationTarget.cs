using FitnessApp.Modules.Social.Domain;

namespace FitnessApp.Modules.Social.Moderation;

/// <summary>
/// An athlete as a report's target: their own owner, seen by anyone they have no block with. Hiding an athlete does
/// nothing (their things are hidden one by one; the athlete's own sanction is a suspension).
/// </summary>
internal sealed class AthleteModerationTarget(AthleteDirectory athletes, SocialGraph graph) : IModerationTarget
{
    public ReportTarget Kind => ReportTarget.Athlete;

    public async Task<Guid?> OwnerAsync(Guid id, Guid viewerId, CancellationToken cancellationToken)
    {
        if (await athletes.FindAsync(id, cancellationToken) is null)
        {
            return null;
        }

        return id != viewerId && await graph.IsBlockedEitherWayAsync(id, viewerId, cancellationToken) ? null : id;
    }

    public async Task<string?> DescribeAsync(Guid id, CancellationToken cancellationToken) =>
        (await athletes.FindAsync(id, cancellationToken))?.DisplayName;

    public Task HideAsync(Guid id, DateTime at, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UnhideAsync(Guid id, CancellationToken cancellationToken) => Task.CompletedTask;
}
