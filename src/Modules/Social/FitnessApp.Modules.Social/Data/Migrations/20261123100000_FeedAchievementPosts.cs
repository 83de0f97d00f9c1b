using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Social.Data.Migrations;

/// <summary>Feed posts of achievements: the name in Russian beside the English title, and the badge image.</summary>
[DbContext(typeof(SocialDbContext))]
[Migration("20261123100000_FeedAchievementPosts")]
internal sealed class FeedAchievementPosts : Migration
{
    private const string Schema = SocialDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "TitleRu", schema: Schema, table: "FeedPosts", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ImageUrl", schema: Schema, table: "FeedPosts", maxLength: 500, nullable: true);
    }
}
