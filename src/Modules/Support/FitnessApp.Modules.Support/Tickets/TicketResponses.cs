using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Tickets;

/// <summary>A ticket in its author's list; <paramref name="UnreadReplies"/> counts operator replies they have not opened yet.</summary>
internal sealed record TicketSummaryResponse(
    Guid Id, string Category, string Subject, string Status, DateTime CreatedAt, DateTime UpdatedAt, int UnreadReplies, bool HasScreenshot);

/// <summary>A message the author may read: their own ("athlete") or the support team's ("operator"); never an internal note.</summary>
internal sealed record TicketMessageResponse(Guid Id, string Kind, string Text, DateTime CreatedAt);

internal sealed record TicketDetailResponse(
    Guid Id, string Category, string Subject, string Status, DateTime CreatedAt, DateTime UpdatedAt, bool HasScreenshot,
    IReadOnlyList<TicketMessageResponse> Messages)
{
    /// <summary>The ticket with its stored messages and those added in this unit of work.</summary>
    public static async Task<TicketDetailResponse> LoadAsync(SupportDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        await db.Messages.Where(m => m.TicketId == ticket.Id).LoadAsync(cancellationToken);
        return From(ticket, db.Messages.Local.Where(m => m.TicketId == ticket.Id));
    }

    public static TicketDetailResponse From(Ticket ticket, IEnumerable<TicketMessage> messages) => new(
        ticket.Id,
        WireNames.Of(ticket.Category),
        ticket.Subject,
        WireNames.Of(ticket.Status),
        ticket.CreatedAt,
        ticket.UpdatedAt,
        ticket.HasScreenshot,
        [.. messages.Where(m => m.IsPublic).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new TicketMessageResponse(m.Id, WireNames.Of(m.Kind), m.Text, m.CreatedAt))]);
}
