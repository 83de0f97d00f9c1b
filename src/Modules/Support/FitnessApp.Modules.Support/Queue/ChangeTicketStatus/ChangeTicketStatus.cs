using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FluentValidation;
using MediatR;

namespace FitnessApp.Modules.Support.Queue.ChangeTicketStatus;

/// <summary>An operator moves a ticket along (<see cref="TicketRules.CanChange"/>); a transition the rules refuse is a 409.</summary>
internal sealed record ChangeTicketStatus(Guid TicketId, Guid OperatorId, string? Status) : ICommand<QueueTicketResponse>;

internal sealed class ChangeTicketStatusValidator : AbstractValidator<ChangeTicketStatus>
{
    public ChangeTicketStatusValidator() =>
        RuleFor(c => c.Status).Must(WireNames.IsValid<TicketStatus>)
            .WithMessage($"'status' must be one of: {WireNames.Names<TicketStatus>()}.");
}

internal sealed class ChangeTicketStatusHandler(SupportDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ChangeTicketStatus, QueueTicketResponse>
{
    public async Task<QueueTicketResponse> Handle(ChangeTicketStatus request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindTicketAsync(request.TicketId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var status = TicketRules.Change(ticket.Status, WireNames.Parse<TicketStatus>(request.Status!));
        if (status != ticket.Status)
        {
            ticket.Status = status;
            ticket.UpdatedAt = now;
        }

        return await QueueTicketResponse.LoadAsync(db, mediator, ticket, cancellationToken);
    }
}
