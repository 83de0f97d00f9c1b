using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Support.Data.Migrations;

/// <summary>The schema, the platform tables (outbox, inbox, idempotency), tickets with messages and screenshots, feedback, agents.</summary>
[DbContext(typeof(SupportDbContext))]
[Migration("20261121190000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = SupportDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreatePlatformTables(Schema);

        migrationBuilder.CreateTable(
            name: "Tickets",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                Category = table.Column<string>(maxLength: 30, nullable: false),
                Subject = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                AssigneeId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                AuthorReadAt = table.Column<DateTime>(nullable: false),
                HasScreenshot = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Tickets", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Tickets_AuthorId_CreatedAt", schema: Schema, table: "Tickets", columns: ["AuthorId", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Tickets_Status_CreatedAt", schema: Schema, table: "Tickets", columns: ["Status", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Tickets_AssigneeId", schema: Schema, table: "Tickets", column: "AssigneeId");

        migrationBuilder.CreateTable(
            name: "TicketMessages",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TicketId = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: true),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                Text = table.Column<string>(maxLength: 5000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TicketMessages", x => x.Id);
                table.ForeignKey(
                    name: "FK_TicketMessages_Tickets_TicketId",
                    column: x => x.TicketId,
                    principalSchema: Schema,
                    principalTable: "Tickets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_TicketMessages_TicketId_CreatedAt", schema: Schema, table: "TicketMessages", columns: ["TicketId", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_TicketMessages_AuthorId", schema: Schema, table: "TicketMessages", column: "AuthorId");

        migrationBuilder.CreateTable(
            name: "TicketScreenshots",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TicketId = table.Column<Guid>(nullable: false),
                ContentType = table.Column<string>(maxLength: 50, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TicketScreenshots", x => x.Id);
                table.ForeignKey(
                    name: "FK_TicketScreenshots_Tickets_TicketId",
                    column: x => x.TicketId,
                    principalSchema: Schema,
                    principalTable: "Tickets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_TicketScreenshots_TicketId", schema: Schema, table: "TicketScreenshots", column: "TicketId", unique: true);

        migrationBuilder.CreateTable(
            name: "Feedback",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                Category = table.Column<string>(maxLength: 30, nullable: false),
                Text = table.Column<string>(maxLength: 5000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Feedback", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Feedback_CreatedAt", schema: Schema, table: "Feedback", column: "CreatedAt");
        migrationBuilder.CreateIndex(name: "IX_Feedback_AuthorId", schema: Schema, table: "Feedback", column: "AuthorId");

        migrationBuilder.CreateTable(
            name: "Agents",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LastSeenAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Agents", x => x.UserId));
    }
}
