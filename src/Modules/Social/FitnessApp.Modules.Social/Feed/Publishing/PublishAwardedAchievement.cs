using FitnessApp.Modules.Loyalty.Contracts.Achievements;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>
/// An achievement Loyalty awarded becomes a feed post of the athlete (one per award: its subject is the event's id),
/// for their accepted followers: fanned out like an activity visible to followers, or merged at read time for an
/// athlete over the fan-out limit.
/// </summary>
internal sealed class PublishAwardedAchievement(SocialDbContext db, TimeProvider clock, FeedPublisher publisher)
    : IntegrationEventHandler<AchievementAwarded, SocialDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AchievementAwarded integrationEvent, CancellationToken cancellationToken)
    {
        if (await Db.FeedPosts.AnyAsync(p => p.Kind == FeedPostKind.Achievement && p.SubjectId == integrationEvent.Id, cancellationToken))
        {
            return;
        }

        var post = new FeedPost
        {
            Kind = FeedPostKind.Achievement,
            AuthorId = integrationEvent.AthleteId,
            SubjectId = integrationEvent.Id,
            Visibility = Visibility.Followers,
            OccurredAt = DateTime.SpecifyKind(integrationEvent.AwardedAt, DateTimeKind.Utc),
            Title = FeedStrings.Shorten(integrationEvent.NameEn, FeedPost.TitleMaxLength),
            TitleRu = FeedStrings.Shorten(integrationEvent.NameRu, FeedPost.TitleMaxLength),
            ImageUrl = integrationEvent.BadgeUrl.Length <= FeedPost.ImageUrlMaxLength ? integrationEvent.BadgeUrl : null,
        };
        Db.FeedPosts.Add(post);
        await publisher.PublishToFollowersAsync(post, cancellationToken);
    }
}
