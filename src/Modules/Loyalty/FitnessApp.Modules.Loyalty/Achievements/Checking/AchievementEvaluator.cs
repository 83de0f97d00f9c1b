using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Contracts.Achievements;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Pages;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

/// <summary>
/// Recomputes an athlete's progress for the enabled achievements of some kinds from their saved facts and awards what the
/// progress now reaches: points through the ledger (one key per award) and <see cref="AchievementAwarded"/> through the
/// outbox. Progress may go down (a deleted activity); awards never do.
/// </summary>
internal sealed class AchievementEvaluator(LoyaltyDbContext db, PointsLedger ledger)
{
    public async Task EvaluateAsync(Guid athleteId, IReadOnlySet<AchievementChecker> kinds, DateTime now, CancellationToken cancellationToken)
    {
        var definitions = (await db.AchievementDefinitions.AsNoTracking().Where(d => d.Enabled).ToListAsync(cancellationToken))
            .Where(d => kinds.Contains(d.Checker)).ToList();
        if (definitions.Count == 0)
        {
            return;
        }

        var facts = await LoadFactsAsync(athleteId, kinds, cancellationToken);
        var ids = definitions.Select(d => d.Id).ToList();
        var states = await db.AthleteAchievements
            .Where(s => s.AthleteId == athleteId && ids.Contains(s.AchievementId))
            .ToDictionaryAsync(s => s.AchievementId, cancellationToken);
        foreach (var definition in definitions)
        {
            var parameters = definition.Parameters;
            var progress = AchievementCheckers.Progress(definition.Checker, parameters, facts);
            if (!states.TryGetValue(definition.Id, out var state))
            {
                if (progress == 0)
                {
                    continue;
                }

                state = new AthleteAchievement { AthleteId = athleteId, AchievementId = definition.Id };
                db.AthleteAchievements.Add(state);
            }

            state.Progress = progress;
            state.Target = parameters.Target;
            state.UpdatedAt = now;
            var earned = AchievementCheckers.Earned(progress, parameters.Target, definition.Repeatable);
            while (state.TimesAwarded < earned)
            {
                await AwardAsync(definition, state, now, cancellationToken);
            }
        }
    }

    private async Task AwardAsync(AchievementDefinition definition, AthleteAchievement state, DateTime now, CancellationToken cancellationToken)
    {
        state.TimesAwarded++;
        state.FirstAwardedAt ??= now;
        state.LastAwardedAt = now;
        await ledger.PostAsync(
            new PointsPosting(
                state.AthleteId, definition.Points, LedgerReason.Achievement, LoyaltyModule.ModuleName,
                $"achievement:{definition.Code}:{state.TimesAwarded}", $"achievement:{definition.Code}", definition.NameEn),
            now, cancellationToken);
        db.AddIntegrationEvent(
            new AchievementAwarded(
                state.AthleteId, definition.Id, definition.Code, definition.NameEn, definition.NameRu, LoyaltyPaths.Badge(definition.Code),
                state.TimesAwarded, now) { OccurredAt = now },
            now);
    }

    private async Task<AthleteFacts> LoadFactsAsync(Guid athleteId, IReadOnlySet<AchievementChecker> kinds, CancellationToken cancellationToken)
    {
        var activities = kinds.Overlaps(AchievementCheckers.ActivityKinds)
            ? await db.AchievementActivityFacts.AsNoTracking().Where(f => f.AthleteId == athleteId).ToListAsync(cancellationToken)
            : [];
        var steps = kinds.Contains(AchievementChecker.DailySteps)
            ? await db.AchievementStepsFacts.AsNoTracking().Where(f => f.AthleteId == athleteId).ToListAsync(cancellationToken)
            : [];
        var kudos = kinds.Contains(AchievementChecker.KudosGiven)
            ? await db.AchievementSocialFacts.CountAsync(f => f.AthleteId == athleteId && f.Kind == SocialFactKind.KudosGiven, cancellationToken)
            : 0;
        var followers = kinds.Contains(AchievementChecker.Followers)
            ? await db.AchievementSocialFacts.CountAsync(f => f.AthleteId == athleteId && f.Kind == SocialFactKind.Follower, cancellationToken)
            : 0;
        return new AthleteFacts(activities, steps, kudos, followers);
    }
}
