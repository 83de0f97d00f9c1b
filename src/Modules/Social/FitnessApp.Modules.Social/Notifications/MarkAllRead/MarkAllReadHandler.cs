using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Notifications.MarkAllRead;

internal sealed class MarkAllReadHandler(SocialDbContext db, TimeProvider clock) : IRequestHandler<MarkAllRead, MarkedRead>
{
    public async Task<MarkedRead> Handle(MarkAllRead request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.Notifications.Where(n => n.RecipientId == request.RecipientId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return new MarkedRead(marked);
    }
}
