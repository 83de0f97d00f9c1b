using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>A changed activity refreshes its post; a visibility change adds or removes the followers' entries.</summary>
internal sealed class PublishUpdatedActivity(SocialDbContext db, TimeProvider clock, FeedPublisher publisher)
    : IntegrationEventHandler<ActivityUpdated, SocialDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityUpdated integrationEvent, CancellationToken cancellationToken) =>
        publisher.PublishActivityAsync(integrationEvent.ActivityId, cancellationToken);
}
