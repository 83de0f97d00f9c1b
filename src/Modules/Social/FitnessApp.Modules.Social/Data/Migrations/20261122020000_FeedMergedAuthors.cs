using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Social.Data.Migrations;

/// <summary>The authors over the fan-out limit, whose posts the feed merges in at read time.</summary>
[DbContext(typeof(SocialDbContext))]
[Migration("20261122020000_FeedMergedAuthors")]
internal sealed class FeedMergedAuthors : Migration
{
    private const string Schema = SocialDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "FeedMergedAuthors",
            schema: Schema,
            columns: table => new
            {
                AuthorId = table.Column<Guid>(nullable: false),
                Since = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FeedMergedAuthors", x => x.AuthorId));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "FeedMergedAuthors", schema: Schema);
}
