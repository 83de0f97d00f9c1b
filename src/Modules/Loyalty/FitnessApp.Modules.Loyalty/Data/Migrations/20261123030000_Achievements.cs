using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>Achievement definitions (with the default catalogue), athletes' progress and the facts the checkers read.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123030000_Achievements")]
internal sealed class Achievements : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AchievementDefinitions",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Checker = table.Column<string>(maxLength: 30, nullable: false),
                ParametersJson = table.Column<string>(maxLength: 500, nullable: false),
                Hidden = table.Column<bool>(nullable: false),
                Progressive = table.Column<bool>(nullable: false),
                Repeatable = table.Column<bool>(nullable: false),
                Points = table.Column<int>(nullable: false),
                NameEn = table.Column<string>(maxLength: 80, nullable: false),
                NameRu = table.Column<string>(maxLength: 80, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 300, nullable: false),
                DescriptionRu = table.Column<string>(maxLength: 300, nullable: false),
                BadgeSvg = table.Column<string>(nullable: false),
                Enabled = table.Column<bool>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AchievementDefinitions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_AchievementDefinitions_Code", schema: Schema, table: "AchievementDefinitions", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "AthleteAchievements",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                AchievementId = table.Column<Guid>(nullable: false),
                Progress = table.Column<long>(nullable: false),
                Target = table.Column<long>(nullable: false),
                TimesAwarded = table.Column<int>(nullable: false),
                FirstAwardedAt = table.Column<DateTime>(nullable: true),
                LastAwardedAt = table.Column<DateTime>(nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AthleteAchievements", x => x.Id);
                table.ForeignKey(
                    name: "FK_AthleteAchievements_AchievementDefinitions_AchievementId",
                    column: x => x.AchievementId,
                    principalSchema: Schema,
                    principalTable: "AchievementDefinitions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AthleteAchievements_AthleteId_AchievementId", schema: Schema, table: "AthleteAchievements", columns: ["AthleteId", "AchievementId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_AthleteAchievements_AchievementId", schema: Schema, table: "AthleteAchievements", column: "AchievementId");

        migrationBuilder.CreateTable(
            name: "AchievementActivityFacts",
            schema: Schema,
            columns: table => new
            {
                ActivityId = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                LocalStartMinute = table.Column<int>(nullable: false),
                DistanceMeters = table.Column<double>(nullable: false),
                MovingSeconds = table.Column<int>(nullable: false),
                PersonalRecords = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AchievementActivityFacts", x => x.ActivityId));
        migrationBuilder.CreateIndex(name: "IX_AchievementActivityFacts_AthleteId", schema: Schema, table: "AchievementActivityFacts", column: "AthleteId");

        migrationBuilder.CreateTable(
            name: "AchievementStepsFacts",
            schema: Schema,
            columns: table => new
            {
                AthleteId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Steps = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AchievementStepsFacts", x => new { x.AthleteId, x.Date }));

        migrationBuilder.CreateTable(
            name: "AchievementSocialFacts",
            schema: Schema,
            columns: table => new
            {
                AthleteId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                OtherId = table.Column<Guid>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AchievementSocialFacts", x => new { x.AthleteId, x.Kind, x.OtherId }));

        // The default catalogue is product data (operators edit it), like the levels.
        migrationBuilder.InsertRows(Schema, "AchievementDefinitions",
            ["Id", "Code", "Checker", "ParametersJson", "Hidden", "Progressive", "Repeatable", "Points", "NameEn", "NameRu", "DescriptionEn", "DescriptionRu", "BadgeSvg", "Enabled", "SortOrder", "CreatedAt", "UpdatedAt"],
            DefaultCatalogue.Definitions.Select(d => new object?[]
            {
                d.Id, d.Code, d.Checker.ToString(), d.ParametersJson, d.Hidden, d.Progressive, d.Repeatable, d.Points, d.NameEn, d.NameRu,
                d.DescriptionEn, d.DescriptionRu, d.BadgeSvg, d.Enabled, d.SortOrder, d.CreatedAt, d.UpdatedAt,
            }));
    }
}
