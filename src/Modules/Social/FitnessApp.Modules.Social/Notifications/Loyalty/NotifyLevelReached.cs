using FitnessApp.Modules.Loyalty.Contracts.Points;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using MediatR;

namespace FitnessApp.Modules.Social.Notifications.Loyalty;

/// <summary>Tells the athlete they reached a new level; the notice leads to their points and level.</summary>
internal sealed class NotifyLevelReached(SocialDbContext db, TimeProvider clock, Notifier notifier, IMediator mediator)
    : IntegrationEventHandler<LevelReached, SocialDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(LevelReached integrationEvent, CancellationToken cancellationToken)
    {
        var culture = await LoyaltyNotices.CultureOfAsync(mediator, integrationEvent.AthleteId, cancellationToken);
        var name = LoyaltyNotices.NameIn(culture, integrationEvent.NameEn, integrationEvent.NameRu);
        notifier.Notify(
            integrationEvent.AthleteId, NotificationKind.LevelReached, null, null, LoyaltyNotices.Points,
            LoyaltyNotices.Level(culture, integrationEvent.Level, name));
    }
}
