using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Social.Data.Migrations;

/// <summary>Groups, their members (with join requests and invitations), events and attendance.</summary>
[DbContext(typeof(SocialDbContext))]
[Migration("20261122030000_Groups")]
internal sealed class Groups : Migration
{
    private const string Schema = SocialDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Groups",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Sport = table.Column<string>(maxLength: 30, nullable: true),
                City = table.Column<string>(maxLength: 100, nullable: true),
                Privacy = table.Column<string>(maxLength: 30, nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                HiddenAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Groups", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Groups_CreatedAt_Id", schema: Schema, table: "Groups", columns: ["CreatedAt", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_Groups_OwnerId", schema: Schema, table: "Groups", column: "OwnerId");

        migrationBuilder.CreateTable(
            name: "GroupMembers",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 30, nullable: false),
                State = table.Column<string>(maxLength: 30, nullable: false),
                InvitedById = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                JoinedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_GroupMembers", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_GroupMembers_GroupId_UserId", schema: Schema, table: "GroupMembers", columns: ["GroupId", "UserId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_GroupMembers_UserId_State", schema: Schema, table: "GroupMembers", columns: ["UserId", "State"]);

        migrationBuilder.CreateTable(
            name: "GroupEvents",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: false),
                CreatedById = table.Column<Guid>(nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                PlaceName = table.Column<string>(maxLength: 200, nullable: false),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CancelledAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_GroupEvents", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_GroupEvents_GroupId_StartsAt", schema: Schema, table: "GroupEvents", columns: ["GroupId", "StartsAt"]);
        migrationBuilder.CreateIndex(name: "IX_GroupEvents_StartsAt", schema: Schema, table: "GroupEvents", column: "StartsAt");

        migrationBuilder.CreateTable(
            name: "EventAttendances",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                RespondedAt = table.Column<DateTime>(nullable: false),
                ReminderSentAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_EventAttendances", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_EventAttendances_EventId_UserId", schema: Schema, table: "EventAttendances", columns: ["EventId", "UserId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_EventAttendances_UserId", schema: Schema, table: "EventAttendances", column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "EventAttendances", schema: Schema);
        migrationBuilder.DropTable(name: "GroupEvents", schema: Schema);
        migrationBuilder.DropTable(name: "GroupMembers", schema: Schema);
        migrationBuilder.DropTable(name: "Groups", schema: Schema);
    }
}
