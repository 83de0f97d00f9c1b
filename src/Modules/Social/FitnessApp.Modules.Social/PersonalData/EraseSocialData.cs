using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using MediatR;

namespace FitnessApp.Modules.Social.PersonalData;

/// <summary>Every Social area deletes or anonymises the user's rows, then Social confirms to Accounts.</summary>
internal sealed class EraseSocialData(SocialDbContext db, TimeProvider clock, IEnumerable<ISocialDataPart> parts, IMediator mediator)
    : IntegrationEventHandler<AccountErasureRequested, SocialDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountErasureRequested integrationEvent, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await part.EraseAsync(integrationEvent.UserId, cancellationToken);
        }

        await mediator.Send(new ConfirmAccountErasure(integrationEvent.UserId, SocialModule.ModuleName), cancellationToken);
    }
}
