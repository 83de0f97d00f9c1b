using FitnessApp.Modules.Loyalty.Contracts.Achievements;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using MediatR;

namespace FitnessApp.Modules.Social.Notifications.Loyalty;

/// <summary>Tells the athlete about an achievement Loyalty awarded them; the notice leads to their achievements.</summary>
internal sealed class NotifyAchievementEarned(SocialDbContext db, TimeProvider clock, Notifier notifier, IMediator mediator)
    : IntegrationEventHandler<AchievementAwarded, SocialDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AchievementAwarded integrationEvent, CancellationToken cancellationToken)
    {
        var culture = await LoyaltyNotices.CultureOfAsync(mediator, integrationEvent.AthleteId, cancellationToken);
        notifier.Notify(
            integrationEvent.AthleteId, NotificationKind.AchievementEarned, null, integrationEvent.AchievementId, LoyaltyNotices.Achievements,
            LoyaltyNotices.NameIn(culture, integrationEvent.NameEn, integrationEvent.NameRu));
    }
}
