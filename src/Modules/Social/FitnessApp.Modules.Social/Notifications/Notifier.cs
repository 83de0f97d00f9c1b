using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Live;

namespace FitnessApp.Modules.Social.Notifications;

/// <summary>
/// Creates in-app notifications inside the caller's unit of work: the rows are saved with the caller's change, and the
/// recipients' open portal pages are told once that change is committed (never about a change that was rolled back).
/// Nobody is notified about their own action.
/// </summary>
internal sealed class Notifier
{
    private readonly SocialDbContext db;
    private readonly TimeProvider clock;
    private readonly LiveSignals signals;
    private readonly HashSet<Guid> pending = [];

    public Notifier(SocialDbContext db, TimeProvider clock, LiveSignals signals)
    {
        this.db = db;
        this.clock = clock;
        this.signals = signals;
    }

    public void Notify(Guid recipientId, NotificationKind kind, Guid? actorId, Guid? subjectId, string link, string? excerpt = null)
    {
        if (actorId == recipientId)
        {
            return;
        }

        db.Notifications.Add(new Notification
        {
            RecipientId = recipientId,
            Kind = kind,
            ActorId = actorId,
            SubjectId = subjectId,
            Link = link,
            Excerpt = Shorten(excerpt),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        if (pending.Count == 0)
        {
            db.OnCommitted(Flush);
        }

        pending.Add(recipientId);
    }

    private void Flush()
    {
        foreach (var recipient in pending)
        {
            signals.Raise(recipient, LiveSignal.Notification);
        }

        pending.Clear();
    }

    private static string? Shorten(string? text) =>
        text is null || text.Length <= Notification.ExcerptMaxLength ? text : string.Concat(text.AsSpan(0, Notification.ExcerptMaxLength - 1), "…");
}
