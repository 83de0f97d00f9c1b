using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;

namespace FitnessApp.Modules.Support.Tickets.ResolveTicket;

/// <summary>The author closes their ticket (their problem is solved or gone); resolving it twice is a conflict.</summary>
internal sealed record ResolveTicket(Guid TicketId, Guid AuthorId) : ICommand<TicketDetailResponse>;

internal sealed class ResolveTicketHandler(SupportDbContext db, TimeProvider clock) : IRequestHandler<ResolveTicket, TicketDetailResponse>
{
    public async Task<TicketDetailResponse> Handle(ResolveTicket request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindOwnTicketAsync(request.TicketId, request.AuthorId, cancellationToken);
        ticket.Status = TicketRules.AfterAthleteResolves(ticket.Status);
        ticket.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return await TicketDetailResponse.LoadAsync(db, ticket, cancellationToken);
    }
}
