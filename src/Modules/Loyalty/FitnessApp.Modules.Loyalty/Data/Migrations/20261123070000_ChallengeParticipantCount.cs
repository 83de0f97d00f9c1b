using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>
/// Challenges keep their participant count (joins, leaves and erasures update it in their transaction); existing
/// challenges get theirs counted once here.
/// </summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123070000_ChallengeParticipantCount")]
internal sealed class ChallengeParticipantCount : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "ParticipantCount", schema: Schema, table: "Challenges", nullable: false, defaultValue: 0);
        var prefix = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? $"{Schema}." : string.Empty;
        migrationBuilder.Sql(
            $"UPDATE {prefix}\"Challenges\" SET \"ParticipantCount\" = "
            + $"(SELECT count(*) FROM {prefix}\"ChallengeParticipants\" p WHERE p.\"ChallengeId\" = {prefix}\"Challenges\".\"Id\");");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "ParticipantCount", schema: Schema, table: "Challenges");
}
