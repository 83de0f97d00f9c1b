using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Support.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.PersonalData;

/// <summary>
/// Deletes the user's tickets (with their messages and screenshots) and feedback; if they were an operator, their replies
/// and notes on other people's tickets stay, anonymised, and their assignments are cleared. Then confirms to Accounts.
/// Running it again finds nothing left and confirms again.
/// </summary>
internal sealed class EraseSupportData(SupportDbContext db, TimeProvider clock, IMediator mediator)
    : IntegrationEventHandler<AccountErasureRequested, SupportDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountErasureRequested integrationEvent, CancellationToken cancellationToken)
    {
        var userId = integrationEvent.UserId;
        var tickets = Db.Tickets.Where(t => t.AuthorId == userId).Select(t => t.Id);
        await Db.Screenshots.Where(s => tickets.Contains(s.TicketId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Messages.Where(m => tickets.Contains(m.TicketId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Tickets.Where(t => t.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Feedback.Where(f => f.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Messages.Where(m => m.AuthorId == userId).ExecuteUpdateAsync(m => m.SetProperty(x => x.AuthorId, (Guid?)null), cancellationToken);
        await Db.Tickets.Where(t => t.AssigneeId == userId).ExecuteUpdateAsync(t => t.SetProperty(x => x.AssigneeId, (Guid?)null), cancellationToken);
        await mediator.Send(new ConfirmAccountErasure(userId, SupportModule.ModuleName), cancellationToken);
    }
}
