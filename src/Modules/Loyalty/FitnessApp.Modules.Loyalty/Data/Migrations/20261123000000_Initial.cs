using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>The schema, the platform tables (outbox, inbox, idempotency), the points ledger, accounts and the default levels.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123000000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreatePlatformTables(Schema);

        migrationBuilder.CreateTable(
            name: "LedgerEntries",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Points = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 30, nullable: false),
                Source = table.Column<string>(maxLength: 30, nullable: false),
                SourceKey = table.Column<string>(maxLength: 200, nullable: false),
                Subject = table.Column<string>(maxLength: 200, nullable: true),
                Note = table.Column<string>(maxLength: 300, nullable: true),
                OccurredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LedgerEntries", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_LedgerEntries_UserId_SourceKey", schema: Schema, table: "LedgerEntries", columns: ["UserId", "SourceKey"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_LedgerEntries_UserId_OccurredAt_Id", schema: Schema, table: "LedgerEntries", columns: ["UserId", "OccurredAt", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_LedgerEntries_UserId_Subject", schema: Schema, table: "LedgerEntries", columns: ["UserId", "Subject"]);

        migrationBuilder.CreateTable(
            name: "PointsAccounts",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LifetimePoints = table.Column<int>(nullable: false),
                Level = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PointsAccounts", x => x.UserId));

        migrationBuilder.CreateTable(
            name: "LevelDefinitions",
            schema: Schema,
            columns: table => new
            {
                Number = table.Column<int>(nullable: false),
                MinimumPoints = table.Column<int>(nullable: false),
                NameEn = table.Column<string>(maxLength: 60, nullable: false),
                NameRu = table.Column<string>(maxLength: 60, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LevelDefinitions", x => x.Number));

        // The product's default levels (operators edit them); levels are not demo data: points mean nothing without them.
        migrationBuilder.InsertRows(Schema, "LevelDefinitions", ["Number", "MinimumPoints", "NameEn", "NameRu"],
        [
            [1, 0, "Rookie", "Новичок"],
            [2, 250, "Mover", "В движении"],
            [3, 750, "Regular", "Завсегдатай"],
            [4, 2000, "Committed", "Упорный"],
            [5, 5000, "Athlete", "Атлет"],
            [6, 12000, "Champion", "Чемпион"],
            [7, 30000, "Legend", "Легенда"],
        ]);
    }
}
