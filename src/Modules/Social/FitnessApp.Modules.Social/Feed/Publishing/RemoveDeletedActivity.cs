using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>A deleted activity leaves every feed (its kudos and comments are the interactions' business).</summary>
internal sealed class RemoveDeletedActivity(SocialDbContext db, TimeProvider clock, FeedPublisher publisher)
    : IntegrationEventHandler<ActivityDeleted, SocialDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityDeleted integrationEvent, CancellationToken cancellationToken) =>
        publisher.RemoveActivityAsync(integrationEvent.ActivityId, cancellationToken);
}
