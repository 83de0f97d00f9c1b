using FitnessApp.Modules.Loyalty.Challenges.Domain;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>
/// The leaderboard index in the leaderboard's own order (ChallengeId, Progress DESC, ProgressAt, JoinedAt, Id) replaces
/// (ChallengeId, Progress, ProgressAt): the top 100 reads without a sort and both counts become index-only ranges.
/// </summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123060000_LeaderboardIndex")]
internal sealed class LeaderboardIndex : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;
    private const string Table = "ChallengeParticipants";
    private const string OldIndex = "IX_ChallengeParticipants_ChallengeId_Progress_ProgressAt";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(
            name: ChallengeParticipant.LeaderboardIndex,
            schema: Schema,
            table: Table,
            columns: ["ChallengeId", "Progress", "ProgressAt", "JoinedAt", "Id"],
            descending: [false, true, false, false, false]);
        migrationBuilder.DropIndex(name: OldIndex, schema: Schema, table: Table);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: OldIndex, schema: Schema, table: Table, columns: ["ChallengeId", "Progress", "ProgressAt"]);
        migrationBuilder.DropIndex(name: ChallengeParticipant.LeaderboardIndex, schema: Schema, table: Table);
    }
}
