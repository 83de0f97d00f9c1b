using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;

namespace FitnessApp.Modules.Support.Queue.GetQueueTicket;

/// <summary>Any ticket with its whole conversation, internal notes included; for operators.</summary>
internal sealed record GetQueueTicket(Guid TicketId) : IQuery<QueueTicketResponse>;

internal sealed class GetQueueTicketHandler(SupportDbContext db, IMediator mediator) : IRequestHandler<GetQueueTicket, QueueTicketResponse>
{
    public async Task<QueueTicketResponse> Handle(GetQueueTicket request, CancellationToken cancellationToken) =>
        await QueueTicketResponse.LoadAsync(db, mediator, await db.FindTicketAsync(request.TicketId, cancellationToken), cancellationToken);
}
