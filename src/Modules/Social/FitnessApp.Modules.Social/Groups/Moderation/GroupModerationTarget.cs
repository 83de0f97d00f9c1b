using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Moderation;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Moderation;

/// <summary>A reported group: hiding it takes it out of every list and makes it 404 for everyone but its owner.</summary>
internal sealed class GroupModerationTarget(SocialDbContext db) : IModerationTarget
{
    public ReportTarget Kind => ReportTarget.Group;

    public Task<Guid?> OwnerAsync(Guid id, Guid viewerId, CancellationToken cancellationToken) =>
        db.Groups.AsNoTracking()
            .Where(g => g.Id == id && (g.HiddenAt == null || g.OwnerId == viewerId))
            .Select(g => (Guid?)g.OwnerId)
            .SingleOrDefaultAsync(cancellationToken);

    public Task<string?> DescribeAsync(Guid id, CancellationToken cancellationToken) =>
        db.Groups.AsNoTracking().Where(g => g.Id == id).Select(g => (string?)g.Name).SingleOrDefaultAsync(cancellationToken);

    public Task HideAsync(Guid id, DateTime at, CancellationToken cancellationToken) =>
        db.Groups.Where(g => g.Id == id && g.HiddenAt == null).ExecuteUpdateAsync(s => s.SetProperty(g => g.HiddenAt, at), cancellationToken);

    public Task UnhideAsync(Guid id, CancellationToken cancellationToken) =>
        db.Groups.Where(g => g.Id == id).ExecuteUpdateAsync(s => s.SetProperty(g => g.HiddenAt, (DateTime?)null), cancellationToken);
}
