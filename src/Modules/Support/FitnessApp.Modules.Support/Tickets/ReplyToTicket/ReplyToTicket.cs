using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FluentValidation;
using MediatR;

namespace FitnessApp.Modules.Support.Tickets.ReplyToTicket;

/// <summary>The author answers on their ticket; a ticket waiting for them goes back to "in progress".</summary>
internal sealed record ReplyToTicket(Guid TicketId, Guid AuthorId, string? Text) : ICommand<TicketDetailResponse>;

internal sealed class ReplyToTicketValidator : AbstractValidator<ReplyToTicket>
{
    public ReplyToTicketValidator() =>
        RuleFor(c => c.Text).NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).MaximumLength(Ticket.TextMaxLength);
}

internal sealed class ReplyToTicketHandler(SupportDbContext db, TimeProvider clock) : IRequestHandler<ReplyToTicket, TicketDetailResponse>
{
    public async Task<TicketDetailResponse> Handle(ReplyToTicket request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindOwnTicketAsync(request.TicketId, request.AuthorId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        ticket.Status = TicketRules.AfterAthleteReply(ticket.Status);
        ticket.UpdatedAt = now;
        ticket.AuthorReadAt = now;
        db.Messages.Add(new TicketMessage
        {
            Id = Guid.CreateVersion7(), TicketId = ticket.Id, AuthorId = request.AuthorId, Kind = MessageKind.Athlete, Text = request.Text!.Trim(), CreatedAt = now,
        });
        return await TicketDetailResponse.LoadAsync(db, ticket, cancellationToken);
    }
}
