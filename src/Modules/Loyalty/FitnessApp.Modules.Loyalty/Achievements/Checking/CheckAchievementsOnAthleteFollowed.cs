using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Contracts.Connections;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

/// <summary>Counts the distinct followers seen for the followed athlete and checks their follower achievements.</summary>
internal sealed class CheckAchievementsOnAthleteFollowed(LoyaltyDbContext db, TimeProvider clock, AchievementEvaluator evaluator)
    : IntegrationEventHandler<AthleteFollowed, LoyaltyDbContext>(db, clock)
{
    private static readonly HashSet<AchievementChecker> Kinds = [AchievementChecker.Followers];

    protected override async Task HandleOnceAsync(AthleteFollowed e, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await SocialFacts.AddOnceAsync(Db, e.FolloweeId, SocialFactKind.Follower, e.FollowerId, now, cancellationToken);
        await evaluator.EvaluateAsync(e.FolloweeId, Kinds, now, cancellationToken);
    }
}
