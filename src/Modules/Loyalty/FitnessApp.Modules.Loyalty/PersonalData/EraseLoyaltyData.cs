using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.PersonalData;

/// <summary>Every Loyalty area deletes or anonymises the user's rows, then Loyalty confirms to Accounts.</summary>
internal sealed class EraseLoyaltyData(LoyaltyDbContext db, TimeProvider clock, IEnumerable<ILoyaltyDataPart> parts, IMediator mediator)
    : IntegrationEventHandler<AccountErasureRequested, LoyaltyDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountErasureRequested integrationEvent, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await part.EraseAsync(integrationEvent.UserId, cancellationToken);
        }

        // Events not yet delivered (or kept after delivery) name the athlete in their payload.
        var id = integrationEvent.UserId.ToString();
        var compactId = integrationEvent.UserId.ToString("N");
        await Db.Set<OutboxMessage>().Where(m => m.Payload.Contains(id) || m.Payload.Contains(compactId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Set<IdempotencyRecord>().Where(r => r.Scope == id || r.Scope == compactId).ExecuteDeleteAsync(cancellationToken);

        await mediator.Send(new ConfirmAccountErasure(integrationEvent.UserId, LoyaltyModule.ModuleName), cancellationToken);
    }
}
