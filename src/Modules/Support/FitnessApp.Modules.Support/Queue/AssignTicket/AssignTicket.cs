using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Queue.AssignTicket;

/// <summary>
/// Assigns a ticket to the caller or another support agent (an operator who has opened the queue), or unassigns it
/// (null). An assigned new ticket is in progress.
/// </summary>
internal sealed record AssignTicket(Guid TicketId, Guid OperatorId, Guid? AssigneeId) : ICommand<QueueTicketResponse>;

internal sealed class AssignTicketHandler(SupportDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<AssignTicket, QueueTicketResponse>
{
    public async Task<QueueTicketResponse> Handle(AssignTicket request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindTicketAsync(request.TicketId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.TouchAgentAsync(request.OperatorId, now, cancellationToken);
        if (request.AssigneeId is { } assignee && assignee != request.OperatorId && !await db.Agents.AnyAsync(a => a.UserId == assignee, cancellationToken))
        {
            throw FieldErrors.For("assigneeId", "'assigneeId' is not a support operator (an operator becomes one by opening the queue).");
        }

        ticket.AssigneeId = request.AssigneeId;
        if (request.AssigneeId is not null && ticket.Status == TicketStatus.New)
        {
            ticket.Status = TicketStatus.InProgress;
        }

        ticket.UpdatedAt = now;
        return await QueueTicketResponse.LoadAsync(db, mediator, ticket, cancellationToken);
    }
}
