using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FluentValidation;
using MediatR;

namespace FitnessApp.Modules.Support.Queue.AddInternalNote;

/// <summary>A note for the other operators, on a ticket of any status; the athlete never sees it.</summary>
internal sealed record AddInternalNote(Guid TicketId, Guid OperatorId, string? Text) : ICommand<QueueTicketResponse>;

internal sealed class AddInternalNoteValidator : AbstractValidator<AddInternalNote>
{
    public AddInternalNoteValidator() =>
        RuleFor(c => c.Text).NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).MaximumLength(Ticket.TextMaxLength);
}

internal sealed class AddInternalNoteHandler(SupportDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<AddInternalNote, QueueTicketResponse>
{
    public async Task<QueueTicketResponse> Handle(AddInternalNote request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindTicketAsync(request.TicketId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Messages.Add(new TicketMessage
        {
            Id = Guid.CreateVersion7(), TicketId = ticket.Id, AuthorId = request.OperatorId, Kind = MessageKind.InternalNote, Text = request.Text!.Trim(), CreatedAt = now,
        });
        return await QueueTicketResponse.LoadAsync(db, mediator, ticket, cancellationToken);
    }
}
