using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Feed;

/// <summary>feed-posts.json: what the user's activities and posts look like in feeds. Erasure removes them from every feed and empties the user's own.</summary>
internal sealed class FeedDataPart(SocialDbContext db) : ISocialDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var posts = await db.FeedPosts.AsNoTracking().Where(p => p.AuthorId == userId).OrderBy(p => p.OccurredAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("feed-posts", posts.Select(p => new
        {
            p.Id,
            Kind = WireNames.Of(p.Kind),
            p.SubjectId,
            p.GroupId,
            Visibility = WireNames.Of(p.Visibility),
            p.OccurredAt,
            Sport = p.Sport is { } sport ? WireNames.Of(sport) : null,
            p.Title,
            p.Text,
            p.TitleRu,
            p.ImageUrl,
            p.DistanceMeters,
            p.MovingSeconds,
            p.ElapsedSeconds,
            p.ElevationGainMeters,
            p.Route,
            p.HiddenAt,
        }).ToList(), cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.FeedEntries.Where(e => e.AuthorId == userId || e.ViewerId == userId).ExecuteDeleteAsync(cancellationToken);
        var posts = db.FeedPosts.Where(p => p.AuthorId == userId).Select(p => p.Id);
        await db.FeedEntries.Where(e => posts.Contains(e.PostId)).ExecuteDeleteAsync(cancellationToken);
        await db.FeedPosts.Where(p => p.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.FeedMergedAuthors.Where(a => a.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
