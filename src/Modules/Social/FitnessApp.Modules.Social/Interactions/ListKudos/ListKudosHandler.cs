using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions.ListKudos;

internal sealed class ListKudosHandler(SocialDbContext db, ActivityAccess access, AthleteDirectory athletes) : IRequestHandler<ListKudos, Page<KudosGiverResponse>>
{
    public async Task<Page<KudosGiverResponse>> Handle(ListKudos request, CancellationToken cancellationToken)
    {
        var activity = await access.RequireAsync(request.ActivityId, request.ViewerId, cancellationToken);
        var viewer = request.ViewerId;
        var query = db.Kudos.AsNoTracking()
            .Where(k => k.ActivityId == activity.Id)
            .Where(k => !db.Blocks.Any(b => (b.BlockerId == viewer && b.BlockedId == k.AthleteId) || (b.BlockedId == viewer && b.BlockerId == k.AthleteId)));
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(k => k.CreatedAt < after.At || (k.CreatedAt == after.At && k.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var names = await athletes.SummariesAsync(page.Select(k => k.AthleteId), cancellationToken);
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<KudosGiverResponse>(page.Select(k => new KudosGiverResponse(names[k.AthleteId], k.CreatedAt)).ToList(), next);
    }
}
