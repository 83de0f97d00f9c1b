using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Notifications.CountUnread;

internal sealed class CountUnreadHandler(SocialDbContext db) : IRequestHandler<CountUnread, UnreadCount>
{
    public async Task<UnreadCount> Handle(CountUnread request, CancellationToken cancellationToken) =>
        new(await db.Notifications.CountAsync(n => n.RecipientId == request.RecipientId && n.ReadAt == null, cancellationToken));
}
