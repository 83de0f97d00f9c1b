using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Social.Data.Migrations;

/// <summary>Kudos remember the activity's owner, so that erasing an athlete also removes the kudos on their activities.</summary>
[DbContext(typeof(SocialDbContext))]
[Migration("20261122060000_KudosActivityOwner")]
internal sealed class KudosActivityOwner : Migration
{
    private const string Schema = SocialDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "ActivityOwnerId", schema: Schema, table: "Kudos", nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.CreateIndex(name: "IX_Kudos_ActivityOwnerId", schema: Schema, table: "Kudos", column: "ActivityOwnerId");
    }
}
