using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Challenges;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Challenges;

/// <summary>The leaderboard's index and rank query as each database runs them (docs/performance.md, Loyalty).</summary>
public abstract class LeaderboardIndexTests(ChallengesApp app)
{
    [Fact]
    public async Task Given_a_migrated_database_When_reading_the_leaderboard_index_Then_it_is_in_the_leaderboard_order_and_the_old_one_is_gone()
    {
        var definitions = await app.Services.QueryAsync<LoyaltyDbContext, List<string>>(db => db.Database.IsNpgsql()
            ? db.Database.SqlQueryRaw<string>("""SELECT indexdef AS "Value" FROM pg_indexes WHERE schemaname = 'loyalty' AND tablename = 'ChallengeParticipants'""").ToListAsync()
            : db.Database.SqlQueryRaw<string>("""SELECT sql AS "Value" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ChallengeParticipants' AND sql IS NOT NULL""").ToListAsync());

        var leaderboard = definitions.Where(d => d.Contains(ChallengeParticipant.LeaderboardIndex, StringComparison.Ordinal)).ShouldHaveSingleItem();
        leaderboard.Replace("\"", string.Empty, StringComparison.Ordinal)
            .ShouldContain("(ChallengeId, Progress DESC, ProgressAt, JoinedAt, Id)", Case.Insensitive);
        definitions.ShouldNotContain(d => d.Contains("IX_ChallengeParticipants_ChallengeId_Progress_ProgressAt ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_ties_in_progress_and_time_When_counting_each_rank_in_the_database_Then_it_matches_the_leaderboard_order()
    {
        var challengeId = Guid.CreateVersion7();
        var t = new DateTime(2026, 11, 10, 12, 0, 0, DateTimeKind.Utc);
        var participants = new List<ChallengeParticipant>();
        for (var i = 0; i < 24; i++)
        {
            participants.Add(new ChallengeParticipant
            {
                ChallengeId = challengeId, UserId = Guid.CreateVersion7(), Progress = (i % 4) * 1_000,
                ProgressAt = t.AddMinutes(i % 3), JoinedAt = t.AddHours(-(i % 2)),
            });
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>();
            db.ChallengeParticipants.AddRange(participants);
            await db.SaveChangesAsync();
        }

        var fromDatabase = await app.Services.QueryAsync<LoyaltyDbContext, List<Guid>>(db =>
            Ranking.Ordered(db.ChallengeParticipants.Where(p => p.ChallengeId == challengeId)).Select(p => p.Id).ToListAsync());
        var byId = participants.ToDictionary(p => p.Id);

        // Guids compare differently in .NET and in each database, so the last tie-breaker is checked against the database's own order.
        fromDatabase.Select(id => (byId[id].Progress, byId[id].ProgressAt, byId[id].JoinedAt))
            .ShouldBe(Ranking.Order(participants).Select(p => (p.Progress, p.ProgressAt, p.JoinedAt)));
        foreach (var participant in participants)
        {
            var rank = await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.RankOfAsync(participant, CancellationToken.None));
            fromDatabase[rank - 1].ShouldBe(participant.Id);
        }
    }
}

public sealed class LeaderboardIndexTests_Sqlite(ChallengesSqliteApp app) : LeaderboardIndexTests(app), IClassFixture<ChallengesSqliteApp>;

public sealed class LeaderboardIndexTests_Postgres(ChallengesPostgresApp app) : LeaderboardIndexTests(app), IClassFixture<ChallengesPostgresApp>;
