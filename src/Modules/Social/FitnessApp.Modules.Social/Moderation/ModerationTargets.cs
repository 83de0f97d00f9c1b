using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Pages;

namespace FitnessApp.Modules.Social.Moderation;

/// <summary>The registered <see cref="IModerationTarget"/> of each kind, and where in the portal a target is shown.</summary>
internal sealed class ModerationTargets(IEnumerable<IModerationTarget> targets)
{
    /// <summary>The last registered wins, as with any DI service (a host or a test may replace an area's target).</summary>
    public IModerationTarget? Find(ReportTarget kind) => targets.LastOrDefault(t => t.Kind == kind);

    /// <summary>The target's owner as <paramref name="viewerId"/> may know it; 404 when it is missing or not visible.</summary>
    public async Task<Guid> OwnerAsync(ReportTarget kind, Guid id, Guid viewerId, CancellationToken cancellationToken) =>
        Find(kind) is { } target && await target.OwnerAsync(id, viewerId, cancellationToken) is { } owner
            ? owner
            : throw new NotFoundException(kind.ToString(), id);

    public async Task<string?> DescribeAsync(ReportTarget kind, Guid id, CancellationToken cancellationToken) =>
        Find(kind) is { } target ? await target.DescribeAsync(id, cancellationToken) : null;

    public static string? LinkOf(ReportTarget kind, Guid id) => kind switch
    {
        ReportTarget.Activity => SocialPaths.Activity(id),
        ReportTarget.Group => SocialPaths.Group(id),
        ReportTarget.Athlete => SocialPaths.Athlete(id),
        _ => null,
    };
}
