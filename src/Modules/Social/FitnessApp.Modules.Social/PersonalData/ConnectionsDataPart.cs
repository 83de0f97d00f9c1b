using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.PersonalData;

/// <summary>follows.json (both directions, with their state) and blocks.json (the ones the user made).</summary>
internal sealed class ConnectionsDataPart(SocialDbContext db) : ISocialDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var follows = await db.Follows.AsNoTracking()
            .Where(f => f.FollowerId == userId || f.FolloweeId == userId)
            .OrderBy(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("follows", follows.Select(f => new
        {
            Direction = f.FollowerId == userId ? "following" : "follower",
            AthleteId = f.FollowerId == userId ? f.FolloweeId : f.FollowerId,
            State = WireNames.Of(f.State),
            f.CreatedAt,
            f.AcceptedAt,
        }).ToList(), cancellationToken);

        var blocks = await db.Blocks.AsNoTracking().Where(b => b.BlockerId == userId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("blocks", blocks.Select(b => new { AthleteId = b.BlockedId, b.CreatedAt }).ToList(), cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.Follows.Where(f => f.FollowerId == userId || f.FolloweeId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Blocks.Where(b => b.BlockerId == userId || b.BlockedId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
