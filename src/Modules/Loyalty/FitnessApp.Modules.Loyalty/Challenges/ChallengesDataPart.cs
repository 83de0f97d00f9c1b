using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>
/// challenges.json: the challenges the user took part in with their progress, rank and contributions. Erasure deletes
/// their participations and contributions; challenges they created stay (public content) with the creator kept as an id.
/// </summary>
internal sealed class ChallengesDataPart(LoyaltyDbContext db) : ILoyaltyDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var rows = await (
                from p in db.ChallengeParticipants.AsNoTracking()
                join c in db.Challenges.AsNoTracking() on p.ChallengeId equals c.Id
                where p.UserId == userId
                orderby p.JoinedAt
                select new { c.Id, c.Title, p.JoinedAt, p.Progress, p.ProgressAt, p.FinalRank, p.Finished })
            .ToListAsync(cancellationToken);
        var contributions = await db.ChallengeContributions.AsNoTracking().Where(x => x.UserId == userId)
            .Select(x => new { x.ChallengeId, x.Source, x.Amount, x.UpdatedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("challenges", rows.Select(r => new
        {
            ChallengeId = r.Id,
            r.Title,
            r.JoinedAt,
            r.Progress,
            r.ProgressAt,
            r.FinalRank,
            r.Finished,
            Contributions = contributions.Where(x => x.ChallengeId == r.Id).Select(x => new { x.Source, x.Amount, x.UpdatedAt }).ToList(),
        }).ToList(), cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.ChallengeContributions.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Challenges.Where(c => db.ChallengeParticipants.Any(p => p.ChallengeId == c.Id && p.UserId == userId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ParticipantCount, c => c.ParticipantCount - 1), cancellationToken);
        await db.ChallengeParticipants.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
