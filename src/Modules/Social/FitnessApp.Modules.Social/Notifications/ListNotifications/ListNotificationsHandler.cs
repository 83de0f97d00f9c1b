using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Notifications.ListNotifications;

internal sealed class ListNotificationsHandler(SocialDbContext db, AthleteDirectory athletes) : IRequestHandler<ListNotifications, Page<NotificationResponse>>
{
    public async Task<Page<NotificationResponse>> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.RecipientId == request.RecipientId);
        if (request.UnreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(n => n.CreatedAt < after.At || (n.CreatedAt == after.At && n.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var actors = await athletes.ProfilesAsync(page.Select(n => n.ActorId).OfType<Guid>(), cancellationToken);
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<NotificationResponse>(page.Select(n => NotificationResponse.From(n, actors)).ToList(), next);
    }
}
