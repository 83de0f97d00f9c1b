using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Notifications.MarkRead;

internal sealed class MarkReadHandler(SocialDbContext db, TimeProvider clock) : IRequestHandler<MarkRead, Unit>
{
    public async Task<Unit> Handle(MarkRead request, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == request.NotificationId && n.RecipientId == request.RecipientId, cancellationToken)
            ?? throw new NotFoundException("Notification", request.NotificationId);
        notification.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        return Unit.Value;
    }
}
