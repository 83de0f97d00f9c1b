using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Demo;

/// <summary>
/// A few tickets of the first demo athletes in every status, with replies from the support team (no operator account
/// is known to Support: the replies have no author, as after an operator's erasure), and some feedback. An athlete who
/// already has a ticket is left alone.
/// </summary>
internal sealed class SupportDemoSeeder(SupportDbContext db, TimeProvider clock) : IDemoSeeder
{
    private static readonly (TicketCategory Category, string Subject, string Text, TicketStatus Status, string? Reply)[] Tickets =
    [
        (TicketCategory.Devices, "My watch stopped syncing", "Since yesterday my watch's runs do not appear. I tried re-pairing.", TicketStatus.New, null),
        (TicketCategory.Activities, "Wrong distance on Sunday's run", "The run shows 8.1 km but I ran 10 km on a measured course.", TicketStatus.WaitingForUser,
            "Thanks for the report! Could you upload the original FIT file so we can look at the GPS track?"),
        (TicketCategory.Account, "Change my email address", "How do I change the email I sign in with?", TicketStatus.Resolved,
            "You can change it under Security → Email. A confirmation link is sent to the new address."),
        (TicketCategory.Bug, "Calendar shows workouts twice", "Every planned workout appears twice in my calendar this week.", TicketStatus.InProgress,
            "We can reproduce it and are working on a fix."),
    ];

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var athletes = context.Athletes.Take(Tickets.Length).ToList();
        var ids = athletes.Select(a => a.UserId).ToList();
        var seeded = await db.Tickets.Where(t => ids.Contains(t.AuthorId)).Select(t => t.AuthorId).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < athletes.Count; i++)
        {
            if (!seeded.Contains(athletes[i].UserId))
            {
                Seed(athletes[i].UserId, Tickets[i], now.AddDays(-(i + 1)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Seed(Guid athleteId, (TicketCategory Category, string Subject, string Text, TicketStatus Status, string? Reply) demo, DateTime openedAt)
    {
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(),
            AuthorId = athleteId,
            Category = demo.Category,
            Subject = demo.Subject,
            Status = demo.Status,
            CreatedAt = openedAt,
            UpdatedAt = openedAt.AddHours(3),
            AuthorReadAt = openedAt,
        };
        db.Tickets.Add(ticket);
        db.Messages.Add(new TicketMessage { Id = Guid.CreateVersion7(), TicketId = ticket.Id, AuthorId = athleteId, Kind = MessageKind.Athlete, Text = demo.Text, CreatedAt = openedAt });
        if (demo.Reply is not null)
        {
            db.Messages.Add(new TicketMessage { Id = Guid.CreateVersion7(), TicketId = ticket.Id, Kind = MessageKind.Operator, Text = demo.Reply, CreatedAt = openedAt.AddHours(3) });
            db.Messages.Add(new TicketMessage
            {
                Id = Guid.CreateVersion7(), TicketId = ticket.Id, Kind = MessageKind.InternalNote, Text = "Demo note: checked the logs.", CreatedAt = openedAt.AddHours(2),
            });
        }

        db.Feedback.Add(new FeedbackEntry
        {
            Id = Guid.CreateVersion7(), AuthorId = athleteId, Category = FeedbackCategory.Idea, Text = "A dark mode for the portal would be great.", CreatedAt = openedAt,
        });
    }
}
