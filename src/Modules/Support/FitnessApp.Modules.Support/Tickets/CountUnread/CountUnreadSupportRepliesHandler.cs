using FitnessApp.Modules.Support.Contracts.Tickets;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Tickets.CountUnread;

internal sealed class CountUnreadSupportRepliesHandler(SupportDbContext db) : IRequestHandler<CountUnreadSupportReplies, int>
{
    public Task<int> Handle(CountUnreadSupportReplies request, CancellationToken cancellationToken) =>
        (from ticket in db.Tickets
         join message in db.Messages on ticket.Id equals message.TicketId
         where ticket.AuthorId == request.UserId && message.Kind == MessageKind.Operator && message.CreatedAt > ticket.AuthorReadAt
         select message.Id).CountAsync(cancellationToken);
}
