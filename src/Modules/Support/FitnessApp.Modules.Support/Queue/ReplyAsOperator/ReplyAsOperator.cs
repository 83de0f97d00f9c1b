using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Notifications;
using FluentValidation;
using MediatR;

namespace FitnessApp.Modules.Support.Queue.ReplyAsOperator;

/// <summary>
/// An operator answers the athlete: the reply is public, the ticket waits for the user, an unassigned ticket becomes
/// the replier's, and the athlete is emailed (unless they switched support replies off).
/// </summary>
internal sealed record ReplyAsOperator(Guid TicketId, Guid OperatorId, string? Text) : ICommand<QueueTicketResponse>;

internal sealed class ReplyAsOperatorValidator : AbstractValidator<ReplyAsOperator>
{
    public ReplyAsOperatorValidator() =>
        RuleFor(c => c.Text).NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).MaximumLength(Ticket.TextMaxLength);
}

internal sealed class ReplyAsOperatorHandler(SupportDbContext db, IMediator mediator, ReplyNotifier notifier, TimeProvider clock)
    : IRequestHandler<ReplyAsOperator, QueueTicketResponse>
{
    public async Task<QueueTicketResponse> Handle(ReplyAsOperator request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindTicketAsync(request.TicketId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        ticket.Status = TicketRules.AfterOperatorReply(ticket.Status);
        ticket.AssigneeId ??= request.OperatorId;
        ticket.UpdatedAt = now;
        var text = request.Text!.Trim();
        db.Messages.Add(new TicketMessage
        {
            Id = Guid.CreateVersion7(), TicketId = ticket.Id, AuthorId = request.OperatorId, Kind = MessageKind.Operator, Text = text, CreatedAt = now,
        });
        await notifier.NotifyAsync(ticket, text, cancellationToken);
        return await QueueTicketResponse.LoadAsync(db, mediator, ticket, cancellationToken);
    }
}
