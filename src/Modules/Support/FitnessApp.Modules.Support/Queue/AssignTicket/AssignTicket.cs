using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;

namespace FitnessApp.Modules.Support.Queue.AssignTicket;

/// <summary>
/// Assigns a ticket to the caller or another operator or admin (Accounts' <see cref="ListOperators"/>: not locked),
/// or unassigns it (null). An assigned new ticket is in progress.
/// </summary>
internal sealed record AssignTicket(Guid TicketId, Guid OperatorId, Guid? AssigneeId) : ICommand<QueueTicketResponse>;

internal sealed class AssignTicketHandler(SupportDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<AssignTicket, QueueTicketResponse>
{
    public async Task<QueueTicketResponse> Handle(AssignTicket request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindTicketAsync(request.TicketId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.AssigneeId is { } assignee && assignee != request.OperatorId
            && !(await mediator.Send(new ListOperators(), cancellationToken)).Any(o => o.UserId == assignee))
        {
            throw FieldErrors.For("assigneeId", "'assigneeId' is not an operator whose account is active.");
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
