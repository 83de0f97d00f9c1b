using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>Moves participants' progress as their sources (activities, days of steps) come, change and go.</summary>
internal sealed class ChallengeProgress(LoyaltyDbContext db, ChallengeSignals signals)
{
    /// <summary>
    /// Sets <paramref name="source"/>'s amount in every challenge the athlete takes part in that is not finalized yet;
    /// <paramref name="amountFor"/> answers null where the source does not count (its row, if any, is removed).
    /// </summary>
    public async Task ApplyAsync(Guid userId, string source, Func<Challenge, double?> amountFor, DateTime now, CancellationToken cancellationToken)
    {
        var rows = await (
                from p in db.ChallengeParticipants
                join c in db.Challenges on p.ChallengeId equals c.Id
                where p.UserId == userId && c.FinalizedAt == null
                select new { Participant = p, Challenge = c })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var ids = rows.Select(r => r.Challenge.Id).ToList();
        var existing = await db.ChallengeContributions
            .Where(x => x.UserId == userId && x.Source == source && ids.Contains(x.ChallengeId))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var contribution = existing.FirstOrDefault(x => x.ChallengeId == row.Challenge.Id);
            if (Set(row.Participant, contribution, amountFor(row.Challenge), source, now))
            {
                var challengeId = row.Challenge.Id;
                db.OnCommitted(() => signals.Raise(challengeId));
            }
        }
    }

    /// <summary>Adds, replaces or removes one contribution and moves the progress; true when anything changed.</summary>
    public bool Set(ChallengeParticipant participant, ChallengeContribution? contribution, double? amount, string source, DateTime now)
    {
        if (contribution is null && amount is null)
        {
            return false;
        }

        if (contribution is not null && amount is { } same && Math.Abs(contribution.Amount - same) < 1e-9)
        {
            return false;
        }

        ChallengeRules.Apply(participant, contribution?.Amount ?? 0, amount ?? 0, now);
        if (amount is null)
        {
            db.ChallengeContributions.Remove(contribution!);
        }
        else if (contribution is null)
        {
            db.ChallengeContributions.Add(new ChallengeContribution
            {
                ChallengeId = participant.ChallengeId, UserId = participant.UserId, Source = source, Amount = amount.Value, UpdatedAt = now,
            });
        }
        else
        {
            contribution.Amount = amount.Value;
            contribution.UpdatedAt = now;
        }

        return true;
    }
}
