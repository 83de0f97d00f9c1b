using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>Earning: rules and settings (with the product defaults), bonus campaigns, what each activity earned, referrals.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123010000_Earning")]
internal sealed class Earning : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "EarningRules",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: true),
                PointsPerKm = table.Column<double>(nullable: false),
                PointsPerMinute = table.Column<double>(nullable: false),
                PointsPerWorkout = table.Column<int>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EarningRules", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_EarningRules_Sport", schema: Schema, table: "EarningRules", column: "Sport", unique: true);

        migrationBuilder.CreateTable(
            name: "EarningSettings",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                DailyCap = table.Column<int>(nullable: false),
                WeeklyCap = table.Column<int>(nullable: false),
                ManualFactor = table.Column<double>(nullable: false),
                FirstActivityOfWeekBonus = table.Column<int>(nullable: false),
                StreakDays = table.Column<int>(nullable: false),
                StreakBonus = table.Column<int>(nullable: false),
                ReferralBonus = table.Column<int>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EarningSettings", x => x.Id));

        migrationBuilder.CreateTable(
            name: "BonusCampaigns",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: true),
                Multiplier = table.Column<double>(nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BonusCampaigns", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_BonusCampaigns_StartsAt_EndsAt", schema: Schema, table: "BonusCampaigns", columns: ["StartsAt", "EndsAt"]);

        migrationBuilder.CreateTable(
            name: "EarnedActivities",
            schema: Schema,
            columns: table => new
            {
                ActivityId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
                IsoWeek = table.Column<string>(maxLength: 10, nullable: false),
                Counts = table.Column<bool>(nullable: false),
                Points = table.Column<int>(nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EarnedActivities", x => x.ActivityId));
        migrationBuilder.CreateIndex(name: "IX_EarnedActivities_UserId_LocalDate", schema: Schema, table: "EarnedActivities", columns: ["UserId", "LocalDate"]);
        migrationBuilder.CreateIndex(name: "IX_EarnedActivities_UserId_IsoWeek", schema: Schema, table: "EarnedActivities", columns: ["UserId", "IsoWeek"]);

        migrationBuilder.CreateTable(
            name: "ReferralCodes",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 8, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReferralCodes", x => x.UserId));
        migrationBuilder.CreateIndex(name: "IX_ReferralCodes_Code", schema: Schema, table: "ReferralCodes", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "Referrals",
            schema: Schema,
            columns: table => new
            {
                ReferredUserId = table.Column<Guid>(nullable: false),
                ReferrerUserId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                RewardedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Referrals", x => x.ReferredUserId));
        migrationBuilder.CreateIndex(name: "IX_Referrals_ReferrerUserId", schema: Schema, table: "Referrals", column: "ReferrerUserId");

        migrationBuilder.CreateTable(
            name: "RegisteredAthletes",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RegisteredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RegisteredAthletes", x => x.UserId));

        // The product's default earning (operators edit it): points mean nothing without rules.
        var at = new DateTime(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);
        migrationBuilder.InsertRows(Schema, "EarningSettings",
            ["Id", "DailyCap", "WeeklyCap", "ManualFactor", "FirstActivityOfWeekBonus", "StreakDays", "StreakBonus", "ReferralBonus", "UpdatedAt"],
            [[1, 500, 2000, 0.0, 25, 7, 50, 100, at]]);
        migrationBuilder.InsertRows(Schema, "EarningRules", ["Id", "Sport", "PointsPerKm", "PointsPerMinute", "PointsPerWorkout", "UpdatedAt"],
        [
            [new Guid("019ab000-0000-7000-8000-000000000001"), null, 0.0, 1.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000002"), "Running", 10.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000003"), "TrailRunning", 12.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000004"), "Walking", 5.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000005"), "Hiking", 6.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000006"), "Cycling", 3.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000007"), "PoolSwimming", 40.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000008"), "OpenWaterSwimming", 40.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-000000000009"), "Rowing", 8.0, 0.0, 20, at],
            [new Guid("019ab000-0000-7000-8000-00000000000a"), "Skiing", 3.0, 0.0, 20, at],
        ]);
    }
}
