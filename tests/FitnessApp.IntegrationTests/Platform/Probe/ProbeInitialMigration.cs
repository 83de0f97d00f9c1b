using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.IntegrationTests.Platform.Probe;

[DbContext(typeof(ProbeDbContext))]
[Migration("20261121100000_ProbeInitial")]
public sealed class ProbeInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(ProbeDbContext.Schema);
        migrationBuilder.CreatePlatformTables(ProbeDbContext.Schema);
        migrationBuilder.CreateTable(
            name: "Receipts",
            schema: ProbeDbContext.Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                ReceivedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Receipts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Receipts_UserId", schema: ProbeDbContext.Schema, table: "Receipts", column: "UserId");
    }
}
