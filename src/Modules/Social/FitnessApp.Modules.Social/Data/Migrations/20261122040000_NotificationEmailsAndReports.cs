using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Social.Data.Migrations;

/// <summary>The email job's columns on notifications, and the moderation reports.</summary>
[DbContext(typeof(SocialDbContext))]
[Migration("20261122040000_NotificationEmailsAndReports")]
internal sealed class NotificationEmailsAndReports : Migration
{
    private const string Schema = SocialDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "EmailedAt", schema: Schema, table: "Notifications", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "EmailSkipped", schema: Schema, table: "Notifications", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<Guid>(name: "EmailBatchId", schema: Schema, table: "Notifications", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "EmailClaimedAt", schema: Schema, table: "Notifications", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Notifications_EmailedAt_CreatedAt", schema: Schema, table: "Notifications", columns: ["EmailedAt", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Notifications_EmailBatchId", schema: Schema, table: "Notifications", column: "EmailBatchId");

        migrationBuilder.CreateTable(
            name: "Reports",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReporterId = table.Column<Guid>(nullable: false),
                Target = table.Column<string>(maxLength: 30, nullable: false),
                TargetId = table.Column<Guid>(nullable: false),
                TargetOwnerId = table.Column<Guid>(nullable: false),
                Reason = table.Column<string>(maxLength: 30, nullable: false),
                Text = table.Column<string>(maxLength: 1000, nullable: true),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ResolvedAt = table.Column<DateTime>(nullable: true),
                ResolvedBy = table.Column<Guid>(nullable: true),
                Action = table.Column<string>(maxLength: 30, nullable: true),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Reports", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Reports_Target_TargetId_Status", schema: Schema, table: "Reports", columns: ["Target", "TargetId", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_Reports_Status_CreatedAt", schema: Schema, table: "Reports", columns: ["Status", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Reports_ReporterId_CreatedAt", schema: Schema, table: "Reports", columns: ["ReporterId", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Reports_TargetOwnerId", schema: Schema, table: "Reports", column: "TargetOwnerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Reports", schema: Schema);
        migrationBuilder.DropIndex(name: "IX_Notifications_EmailBatchId", schema: Schema, table: "Notifications");
        migrationBuilder.DropIndex(name: "IX_Notifications_EmailedAt_CreatedAt", schema: Schema, table: "Notifications");
        migrationBuilder.DropColumn(name: "EmailClaimedAt", schema: Schema, table: "Notifications");
        migrationBuilder.DropColumn(name: "EmailBatchId", schema: Schema, table: "Notifications");
        migrationBuilder.DropColumn(name: "EmailSkipped", schema: Schema, table: "Notifications");
        migrationBuilder.DropColumn(name: "EmailedAt", schema: Schema, table: "Notifications");
    }
}
