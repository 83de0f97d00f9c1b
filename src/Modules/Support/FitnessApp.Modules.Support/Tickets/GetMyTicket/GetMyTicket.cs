using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;

namespace FitnessApp.Modules.Support.Tickets.GetMyTicket;

/// <summary>One of the author's tickets with its public conversation; opening it marks the replies read.</summary>
internal sealed record GetMyTicket(Guid TicketId, Guid AuthorId) : ICommand<TicketDetailResponse>;

internal sealed class GetMyTicketHandler(SupportDbContext db, TimeProvider clock) : IRequestHandler<GetMyTicket, TicketDetailResponse>
{
    public async Task<TicketDetailResponse> Handle(GetMyTicket request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindOwnTicketAsync(request.TicketId, request.AuthorId, cancellationToken);
        ticket.AuthorReadAt = clock.GetUtcNow().UtcDateTime;
        return await TicketDetailResponse.LoadAsync(db, ticket, cancellationToken);
    }
}
