using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using MediatR;

namespace FitnessApp.Modules.Accounts.PersonalData.Erasure.ConfirmErasure;

/// <summary>
/// Accounts' own confirmation: its rows go when the erasure completes, so it confirms as soon as the event is
/// delivered. This also completes an erasure on a host where no other module holds personal data.
/// </summary>
internal sealed class ConfirmAccountsErasure(AccountsDbContext db, TimeProvider clock, IMediator mediator)
    : IntegrationEventHandler<AccountErasureRequested, AccountsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountErasureRequested integrationEvent, CancellationToken cancellationToken) =>
        await mediator.Send(new ConfirmAccountErasure(integrationEvent.UserId, AccountsModule.ModuleName), cancellationToken);
}
