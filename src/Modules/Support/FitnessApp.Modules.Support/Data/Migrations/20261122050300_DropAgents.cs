using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Support.Data.Migrations;

/// <summary>Assignable operators now come from Accounts (ListOperators); the table of operators who had opened the queue goes.</summary>
[DbContext(typeof(SupportDbContext))]
[Migration("20261122050300_DropAgents")]
internal sealed class DropAgents : Migration
{
    private const string Schema = SupportDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "Agents", schema: Schema);

    protected override void Down(MigrationBuilder migrationBuilder) =>
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
