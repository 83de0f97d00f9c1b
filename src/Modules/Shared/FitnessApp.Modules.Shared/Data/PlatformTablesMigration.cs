using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shared.Data;

/// <summary>The outbox, inbox and idempotency tables, identical in every module's schema.</summary>
public static class PlatformTablesMigration
{
    public static void CreatePlatformTables(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            schema: schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 500, nullable: false),
                Payload = table.Column<string>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                LockId = table.Column<Guid>(nullable: true),
                LockedUntil = table.Column<DateTime>(nullable: true),
                ProcessedAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_ProcessedAt_NextAttemptAt",
            schema: schema,
            table: "OutboxMessages",
            columns: ["ProcessedAt", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "InboxMessages",
            schema: schema,
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                Consumer = table.Column<string>(maxLength: 300, nullable: false),
                EventType = table.Column<string>(maxLength: 500, nullable: false),
                ProcessedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Consumer }));
        migrationBuilder.CreateIndex(
            name: "IX_InboxMessages_ProcessedAt",
            schema: schema,
            table: "InboxMessages",
            column: "ProcessedAt");

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            schema: schema,
            columns: table => new
            {
                Scope = table.Column<string>(maxLength: 100, nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                CompletedAt = table.Column<DateTime>(nullable: true),
                StatusCode = table.Column<int>(nullable: true),
                ContentType = table.Column<string>(maxLength: 200, nullable: true),
                ResponseBody = table.Column<string>(nullable: true),
                Location = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Scope, x.Key }));
        migrationBuilder.CreateIndex(
            name: "IX_IdempotencyRecords_ExpiresAt",
            schema: schema,
            table: "IdempotencyRecords",
            column: "ExpiresAt");
    }
}
