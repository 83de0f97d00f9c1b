using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Tickets.ListMyTickets;

/// <summary>The author's tickets, newest first, each with its count of unread operator replies.</summary>
internal sealed record ListMyTickets(Guid AuthorId, string? Cursor, int Limit = PageLimits.DefaultLimit) : IQuery<Page<TicketSummaryResponse>>;

internal sealed class ListMyTicketsValidator : AbstractValidator<ListMyTickets>
{
    public ListMyTicketsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.MaxLimit);
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
    }
}

internal sealed class ListMyTicketsHandler(SupportDbContext db) : IRequestHandler<ListMyTickets, Page<TicketSummaryResponse>>
{
    public async Task<Page<TicketSummaryResponse>> Handle(ListMyTickets request, CancellationToken cancellationToken)
    {
        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.AuthorId == request.AuthorId)
            .Page(request.Cursor, request.Limit)
            .Select(t => new
            {
                Ticket = t,
                Unread = db.Messages.Count(m => m.TicketId == t.Id && m.Kind == MessageKind.Operator && m.CreatedAt > t.AuthorReadAt),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Take(request.Limit).Select(r => new TicketSummaryResponse(
            r.Ticket.Id, WireNames.Of(r.Ticket.Category), r.Ticket.Subject, WireNames.Of(r.Ticket.Status),
            r.Ticket.CreatedAt, r.Ticket.UpdatedAt, r.Unread, r.Ticket.HasScreenshot)).ToList();
        return new Page<TicketSummaryResponse>(items, SupportQueries.NextCursor(rows, request.Limit, r => new KeysetCursor(r.Ticket.CreatedAt, r.Ticket.Id)));
    }
}
