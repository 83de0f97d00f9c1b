using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Social.Data.Migrations;

/// <summary>The schema, the platform tables (outbox, inbox, idempotency), follows, blocks, notifications, feed posts and entries, kudos and comments.</summary>
[DbContext(typeof(SocialDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = SocialDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreatePlatformTables(Schema);

        migrationBuilder.CreateTable(
            name: "Follows",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FollowerId = table.Column<Guid>(nullable: false),
                FolloweeId = table.Column<Guid>(nullable: false),
                State = table.Column<string>(maxLength: 30, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                AcceptedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Follows", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Follows_FollowerId_FolloweeId", schema: Schema, table: "Follows", columns: ["FollowerId", "FolloweeId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Follows_FolloweeId_State_FollowerId", schema: Schema, table: "Follows", columns: ["FolloweeId", "State", "FollowerId"]);

        migrationBuilder.CreateTable(
            name: "Blocks",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BlockerId = table.Column<Guid>(nullable: false),
                BlockedId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Blocks", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Blocks_BlockerId_BlockedId", schema: Schema, table: "Blocks", columns: ["BlockerId", "BlockedId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Blocks_BlockedId", schema: Schema, table: "Blocks", column: "BlockedId");

        migrationBuilder.CreateTable(
            name: "Notifications",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RecipientId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                ActorId = table.Column<Guid>(nullable: true),
                SubjectId = table.Column<Guid>(nullable: true),
                Excerpt = table.Column<string>(maxLength: 200, nullable: true),
                Link = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Notifications", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Notifications_RecipientId_CreatedAt", schema: Schema, table: "Notifications", columns: ["RecipientId", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Notifications_RecipientId_ReadAt", schema: Schema, table: "Notifications", columns: ["RecipientId", "ReadAt"]);
        migrationBuilder.CreateIndex(name: "IX_Notifications_ActorId", schema: Schema, table: "Notifications", column: "ActorId");
        migrationBuilder.CreateIndex(name: "IX_Notifications_SubjectId", schema: Schema, table: "Notifications", column: "SubjectId");

        migrationBuilder.CreateTable(
            name: "FeedPosts",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                SubjectId = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: true),
                Visibility = table.Column<string>(maxLength: 30, nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: true),
                DistanceMeters = table.Column<double>(nullable: true),
                MovingSeconds = table.Column<int>(nullable: true),
                ElapsedSeconds = table.Column<int>(nullable: true),
                ElevationGainMeters = table.Column<double>(nullable: true),
                Route = table.Column<string>(maxLength: 4000, nullable: true),
                HiddenAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_FeedPosts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_FeedPosts_Kind_SubjectId", schema: Schema, table: "FeedPosts", columns: ["Kind", "SubjectId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_FeedPosts_AuthorId_OccurredAt_Id", schema: Schema, table: "FeedPosts", columns: ["AuthorId", "OccurredAt", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_FeedPosts_GroupId_OccurredAt_Id", schema: Schema, table: "FeedPosts", columns: ["GroupId", "OccurredAt", "Id"]);

        migrationBuilder.CreateTable(
            name: "FeedEntries",
            schema: Schema,
            columns: table => new
            {
                ViewerId = table.Column<Guid>(nullable: false),
                PostId = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FeedEntries", x => new { x.ViewerId, x.PostId }));
        migrationBuilder.CreateIndex(name: "IX_FeedEntries_ViewerId_OccurredAt_PostId", schema: Schema, table: "FeedEntries", columns: ["ViewerId", "OccurredAt", "PostId"]);
        migrationBuilder.CreateIndex(name: "IX_FeedEntries_PostId", schema: Schema, table: "FeedEntries", column: "PostId");
        migrationBuilder.CreateIndex(name: "IX_FeedEntries_AuthorId_ViewerId", schema: Schema, table: "FeedEntries", columns: ["AuthorId", "ViewerId"]);

        migrationBuilder.CreateTable(
            name: "Kudos",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Kudos", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Kudos_ActivityId_AthleteId", schema: Schema, table: "Kudos", columns: ["ActivityId", "AthleteId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Kudos_AthleteId", schema: Schema, table: "Kudos", column: "AthleteId");

        migrationBuilder.CreateTable(
            name: "Comments",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                ActivityOwnerId = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 1000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                EditedAt = table.Column<DateTime>(nullable: true),
                HiddenAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Comments", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Comments_ActivityId_CreatedAt", schema: Schema, table: "Comments", columns: ["ActivityId", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Comments_AuthorId", schema: Schema, table: "Comments", column: "AuthorId");
        migrationBuilder.CreateIndex(name: "IX_Comments_ActivityOwnerId", schema: Schema, table: "Comments", column: "ActivityOwnerId");
    }
}
