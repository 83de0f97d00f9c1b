using FitnessApp.Modules.Loyalty.Contracts.Points;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using MediatR;

namespace FitnessApp.Modules.Social.Notifications.Loyalty;

/// <summary>Warns the athlete that some of their points expire soon; the notice leads to their points.</summary>
internal sealed class NotifyPointsExpiring(SocialDbContext db, TimeProvider clock, Notifier notifier, IMediator mediator)
    : IntegrationEventHandler<PointsExpiring, SocialDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(PointsExpiring integrationEvent, CancellationToken cancellationToken)
    {
        var culture = await LoyaltyNotices.CultureOfAsync(mediator, integrationEvent.AthleteId, cancellationToken);
        notifier.Notify(
            integrationEvent.AthleteId, NotificationKind.PointsExpiring, null, null, LoyaltyNotices.Points,
            LoyaltyNotices.Expiring(culture, integrationEvent.Points, integrationEvent.ExpiresOn));
    }
}
