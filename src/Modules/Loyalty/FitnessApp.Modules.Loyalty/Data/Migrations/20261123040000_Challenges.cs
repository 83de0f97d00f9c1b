using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>Challenges, their participants and the per-source contributions to each participant's progress.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123040000_Challenges")]
internal sealed class Challenges : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Challenges",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 100, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Goal = table.Column<string>(maxLength: 30, nullable: false),
                GoalValue = table.Column<double>(nullable: false),
                Sports = table.Column<string>(maxLength: 300, nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                FinisherPoints = table.Column<int>(nullable: false),
                FirstPlacePoints = table.Column<int>(nullable: false),
                SecondPlacePoints = table.Column<int>(nullable: false),
                ThirdPlacePoints = table.Column<int>(nullable: false),
                GroupId = table.Column<Guid>(nullable: true),
                CreatedById = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                FinalizedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Challenges", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Challenges_StartsAt_Id", schema: Schema, table: "Challenges", columns: ["StartsAt", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_Challenges_FinalizedAt_EndsAt", schema: Schema, table: "Challenges", columns: ["FinalizedAt", "EndsAt"]);
        migrationBuilder.CreateIndex(name: "IX_Challenges_GroupId", schema: Schema, table: "Challenges", column: "GroupId");

        migrationBuilder.CreateTable(
            name: "ChallengeParticipants",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChallengeId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                JoinedAt = table.Column<DateTime>(nullable: false),
                Progress = table.Column<double>(nullable: false),
                ProgressAt = table.Column<DateTime>(nullable: false),
                FinalRank = table.Column<int>(nullable: true),
                Finished = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ChallengeParticipants", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ChallengeParticipants_ChallengeId_UserId", schema: Schema, table: "ChallengeParticipants", columns: ["ChallengeId", "UserId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_ChallengeParticipants_ChallengeId_Progress_ProgressAt", schema: Schema, table: "ChallengeParticipants", columns: ["ChallengeId", "Progress", "ProgressAt"]);
        migrationBuilder.CreateIndex(name: "IX_ChallengeParticipants_UserId", schema: Schema, table: "ChallengeParticipants", column: "UserId");

        migrationBuilder.CreateTable(
            name: "ChallengeContributions",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ChallengeId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(maxLength: 60, nullable: false),
                Amount = table.Column<double>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ChallengeContributions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ChallengeContributions_ChallengeId_UserId_Source", schema: Schema, table: "ChallengeContributions", columns: ["ChallengeId", "UserId", "Source"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_ChallengeContributions_UserId_Source", schema: Schema, table: "ChallengeContributions", columns: ["UserId", "Source"]);
    }
}
