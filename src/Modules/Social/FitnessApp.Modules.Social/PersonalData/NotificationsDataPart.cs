using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.PersonalData;

/// <summary>
/// notifications.json: what the user was told, and when it was emailed to them (the email job's claim is bookkeeping, left out).
/// Notifications about the user's actions go with them.
/// </summary>
internal sealed class NotificationsDataPart(SocialDbContext db) : ISocialDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == userId)
            .OrderBy(n => n.CreatedAt)
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("notifications", notifications.Select(n => new
        {
            Kind = WireNames.Of(n.Kind),
            n.ActorId,
            n.Excerpt,
            n.Link,
            n.CreatedAt,
            n.ReadAt,
            EmailedAt = n.EmailSkipped ? null : n.EmailedAt,
        }).ToList(), cancellationToken);
    }

    public Task EraseAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.RecipientId == userId || n.ActorId == userId).ExecuteDeleteAsync(cancellationToken);
}
