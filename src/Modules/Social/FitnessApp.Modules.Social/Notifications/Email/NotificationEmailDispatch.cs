using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Notifications.Email;

/// <summary>
/// Emails the notifications nobody emailed yet, one message per recipient and email kind, through Accounts (which drops
/// the kinds the recipient switched off). Rows are claimed with a conditional update under a lease, so several hosts
/// running the job at once never take the same row, and a run that died is picked up after the lease. Read, old and
/// in-app-only notifications are marked skipped. A crash between sending and marking sends again (at least once).
/// </summary>
internal sealed class NotificationEmailDispatch(SocialDbContext db, IMediator mediator, TimeProvider clock)
{
    public const int BatchSize = 200;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>Runs until nothing waits; answers how many emails Accounts accepted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (await ClaimAsync(cancellationToken) is { Count: > 0 } claimed)
        {
            sent += await SendAsync(claimed, cancellationToken);
        }

        return sent;
    }

    private async Task<List<Notification>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Lease;
        var candidates = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && (n.EmailClaimedAt == null || n.EmailClaimedAt < expired))
            .OrderBy(n => n.CreatedAt)
            .Select(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var batch = Guid.CreateVersion7();
        await db.Notifications
            .Where(n => candidates.Contains(n.Id) && n.EmailedAt == null && (n.EmailClaimedAt == null || n.EmailClaimedAt < expired))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailBatchId, batch).SetProperty(n => n.EmailClaimedAt, now), cancellationToken);
        var claimed = await db.Notifications.AsNoTracking().Where(n => n.EmailBatchId == batch).ToListAsync(cancellationToken);

        // Rows another host claimed in between are left to it; when all were taken, look again for the rest.
        return claimed.Count > 0 || candidates.Count < BatchSize ? claimed : await ClaimAsync(cancellationToken);
    }

    private async Task<int> SendAsync(List<Notification> claimed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (wanted, skipped) = Split(claimed, now);
        await MarkAsync(skipped.Select(n => n.Id).ToList(), skipped: true, cancellationToken);
        if (wanted.Count == 0)
        {
            return 0;
        }

        var people = wanted.Select(n => n.RecipientId).Concat(wanted.Select(n => n.ActorId).OfType<Guid>()).Distinct().ToList();
        var profiles = (await mediator.Send(new GetAthleteProfiles(people), cancellationToken)).ToDictionary(p => p.UserId);
        var sent = 0;
        foreach (var group in wanted.GroupBy(n => (n.RecipientId, Kind: EmailKinds.Of(n.Kind)!.Value)))
        {
            var ids = group.Select(n => n.Id).ToList();
            if (!profiles.TryGetValue(group.Key.RecipientId, out var recipient))
            {
                await MarkAsync(ids, skipped: true, cancellationToken);
                continue;
            }

            var items = group.Select(n => new NotificationEmailComposer.Item(
                n.Kind, n.ActorId is { } a && profiles.TryGetValue(a, out var actor) ? actor.DisplayName : null, n.Excerpt, n.Link, n.CreatedAt)).ToList();
            var email = NotificationEmailComposer.Compose(items, recipient.Language);
            var accepted = await mediator.Send(new SendNotificationEmail(recipient.UserId, group.Key.Kind, email.Subject, email.Text, email.Link), cancellationToken);
            await MarkAsync(ids, skipped: !accepted, cancellationToken);
            sent += accepted ? 1 : 0;
        }

        return sent;
    }

    /// <summary>In-app-only kinds, notifications already read, and ones older than <see cref="MaxAge"/> get no email.</summary>
    internal static (List<Notification> Wanted, List<Notification> Skipped) Split(IEnumerable<Notification> claimed, DateTime now)
    {
        var wanted = new List<Notification>();
        var skipped = new List<Notification>();
        foreach (var n in claimed)
        {
            (EmailKinds.Of(n.Kind) is null || n.ReadAt is not null || n.CreatedAt < now - MaxAge ? skipped : wanted).Add(n);
        }

        return (wanted, skipped);
    }

    private async Task MarkAsync(List<Guid> ids, bool skipped, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => ids.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, now).SetProperty(n => n.EmailSkipped, skipped), cancellationToken);
    }
}
