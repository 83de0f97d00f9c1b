using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>A new activity becomes a feed post, fanned out to the feeds allowed to show it.</summary>
internal sealed class PublishRecordedActivity(SocialDbContext db, TimeProvider clock, FeedPublisher publisher)
    : IntegrationEventHandler<ActivityRecorded, SocialDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityRecorded integrationEvent, CancellationToken cancellationToken) =>
        publisher.PublishActivityAsync(integrationEvent.ActivityId, cancellationToken);
}
