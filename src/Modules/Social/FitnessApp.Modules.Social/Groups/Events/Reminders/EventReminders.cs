using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Pages;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Events.Reminders;

/// <summary>
/// Reminds everyone who answered going or maybe, once, when the event starts within the next 24 hours. Each attendance
/// is claimed with a conditional update of its ReminderSentAt before the notification is written, in one transaction,
/// so two runs at once (or a run repeated) never remind twice.
/// </summary>
internal sealed class EventReminders(SocialDbContext db, Notifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Ahead;
        var due = await (
                from a in db.EventAttendances
                join e in db.GroupEvents on a.EventId equals e.Id
                join g in db.Groups on e.GroupId equals g.Id
                where a.ReminderSentAt == null && (a.Status == AttendanceStatus.Going || a.Status == AttendanceStatus.Maybe)
                    && e.CancelledAt == null && e.StartsAt > now && e.StartsAt <= until && g.HiddenAt == null
                select new { AttendanceId = a.Id, a.UserId, EventId = e.Id, e.GroupId, e.Title })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var reminder in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.EventAttendances
                .Where(a => a.Id == reminder.AttendanceId && a.ReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReminderSentAt, now), cancellationToken);
            if (claimed == 1)
            {
                notifier.Notify(reminder.UserId, NotificationKind.EventReminder, null, reminder.EventId, SocialPaths.GroupEvent(reminder.GroupId, reminder.EventId), reminder.Title);
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }
}
