using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Contracts.Achievements;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Loyalty.Challenges.Finalization;

/// <summary>
/// Closes challenges whose end has passed. Each is claimed by a conditional update (<c>FinalizedAt</c> set where still
/// null) in the same transaction as its ranks, points and badge events: a second run, or another host running at the same
/// time, claims nothing (on PostgreSQL the second update waits for the first transaction and then matches no row). A
/// conflict with a concurrent credit (an athlete's points account created or changed meanwhile by an event handler) rolls
/// the claim back and the challenge is tried again at once; after <see cref="Attempts"/> conflicts it is left to the next run.
/// </summary>
internal sealed partial class ChallengeFinalizer(
    LoyaltyDbContext db, PointsLedger ledger, ChallengeSignals signals, TimeProvider clock, ILogger<ChallengeFinalizer> logger)
{
    public const int BatchSize = 50;
    public const int Attempts = 3;

    public async Task<int> FinalizeDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Challenges.AsNoTracking()
            .Where(c => c.FinalizedAt == null && c.EndsAt <= now)
            .OrderBy(c => c.EndsAt).Select(c => c.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var finalized = 0;
        foreach (var id in due)
        {
            finalized += await FinalizeWithRetriesAsync(id, now, cancellationToken) ? 1 : 0;
        }

        return finalized;
    }

    private async Task<bool> FinalizeWithRetriesAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await FinalizeAsync(id, now, cancellationToken);
            }
            catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.IsUniqueViolation())
            {
                if (attempt == Attempts)
                {
                    LogConflict(id, attempt, exception);
                    return false;
                }
            }
        }
    }

    private async Task<bool> FinalizeAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var claimed = await db.Challenges.Where(c => c.Id == id && c.FinalizedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.FinalizedAt, now), cancellationToken);
            if (claimed == 0)
            {
                return false;
            }

            var challenge = await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            var ranked = Ranking.Order(await db.ChallengeParticipants.Where(p => p.ChallengeId == id).ToListAsync(cancellationToken));
            for (var i = 0; i < ranked.Count; i++)
            {
                await AwardAsync(challenge, ranked[i], i + 1, now, cancellationToken);
            }

            db.OnCommitted(() => signals.Raise(id));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task AwardAsync(Challenge challenge, ChallengeParticipant participant, int rank, DateTime now, CancellationToken cancellationToken)
    {
        participant.FinalRank = rank;
        participant.Finished = participant.Progress >= challenge.GoalValue;
        var subject = $"challenge:{challenge.Id}";
        if (participant.Finished)
        {
            await ledger.PostAsync(
                new PointsPosting(participant.UserId, challenge.FinisherPoints, LedgerReason.Challenge, LoyaltyModule.ModuleName, $"{subject}:finished", subject, challenge.Title),
                now, cancellationToken);
            Badge(challenge, participant, $"challenge-{challenge.Id}-finisher", $"Finisher: {challenge.Title}", $"Финишер: {challenge.Title}", null, now);
        }

        // A place needs some progress: nobody wins a podium by doing nothing.
        if (rank <= 3 && participant.Progress > 0)
        {
            await ledger.PostAsync(
                new PointsPosting(participant.UserId, challenge.PlacePoints(rank), LedgerReason.Challenge, LoyaltyModule.ModuleName, $"{subject}:place", subject, $"#{rank} {challenge.Title}"),
                now, cancellationToken);
            Badge(challenge, participant, $"challenge-{challenge.Id}-place-{rank}", $"Place {rank}: {challenge.Title}", $"Место {rank}: {challenge.Title}", rank, now);
        }
    }

    private void Badge(Challenge challenge, ChallengeParticipant participant, string code, string nameEn, string nameRu, int? place, DateTime now) =>
        db.AddIntegrationEvent(
            new AchievementAwarded(participant.UserId, challenge.Id, code, nameEn, nameRu, ChallengeRoutes.Badge(challenge.Id, place), 1, now) { OccurredAt = now },
            now);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Challenge {ChallengeId} conflicted with concurrent credits {Attempts} times; the next run finalizes it")]
    private partial void LogConflict(Guid challengeId, int attempts, Exception exception);
}
