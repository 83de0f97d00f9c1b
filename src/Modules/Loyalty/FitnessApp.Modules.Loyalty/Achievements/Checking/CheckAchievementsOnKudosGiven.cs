using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Contracts.Interactions;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

/// <summary>Counts the kudos the giver has given (once per activity) and checks their kudos achievements.</summary>
internal sealed class CheckAchievementsOnKudosGiven(LoyaltyDbContext db, TimeProvider clock, AchievementEvaluator evaluator)
    : IntegrationEventHandler<KudosGiven, LoyaltyDbContext>(db, clock)
{
    private static readonly HashSet<AchievementChecker> Kinds = [AchievementChecker.KudosGiven];

    protected override async Task HandleOnceAsync(KudosGiven e, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await SocialFacts.AddOnceAsync(Db, e.GiverId, SocialFactKind.KudosGiven, e.ActivityId, now, cancellationToken);
        await evaluator.EvaluateAsync(e.GiverId, Kinds, now, cancellationToken);
    }
}
