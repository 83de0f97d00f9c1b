using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.ListConnections;

/// <summary>Another athlete's lists are open when their profile is public or the viewer follows them; otherwise 404.</summary>
internal sealed class ListConnectionsHandler(SocialDbContext db, ConnectionAthletes athletes) : IRequestHandler<ListConnections, Page<AthleteItem>>
{
    public async Task<Page<AthleteItem>> Handle(ListConnections request, CancellationToken cancellationToken)
    {
        var userId = request.UserId ?? request.ViewerId;
        if (userId != request.ViewerId)
        {
            await athletes.OpenAsync(request.ViewerId, userId, cancellationToken);
        }

        var accepted = db.Follows.AsNoTracking().Where(f => f.State == FollowState.Accepted);
        var query = request.List switch
        {
            ConnectionList.Followers => accepted.Where(f => f.FolloweeId == userId)
                .Select(f => new Row { Id = f.Id, At = f.AcceptedAt!.Value, AthleteId = f.FollowerId }),
            ConnectionList.Following => accepted.Where(f => f.FollowerId == userId)
                .Select(f => new Row { Id = f.Id, At = f.AcceptedAt!.Value, AthleteId = f.FolloweeId }),
            _ => accepted.Where(f => f.FollowerId == userId
                    && accepted.Any(back => back.FollowerId == f.FolloweeId && back.FolloweeId == userId))
                .Select(f => new Row { Id = f.Id, At = f.AcceptedAt!.Value, AthleteId = f.FolloweeId }),
        };
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(r => r.At < after.At || (r.At == after.At && r.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var items = await athletes.ItemsAsync(request.ViewerId, page.Select(r => r.AthleteId).ToList(), cancellationToken);
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].At, page[^1].Id).Encode() : null;
        return new Page<AthleteItem>(items, next);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }

        public DateTime At { get; init; }

        public Guid AthleteId { get; init; }
    }
}
