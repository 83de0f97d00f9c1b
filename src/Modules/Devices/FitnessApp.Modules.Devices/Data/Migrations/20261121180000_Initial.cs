using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Devices.Data.Migrations;

/// <summary>The schema and the platform tables (outbox, inbox, idempotency); each use case adds its own tables after this.</summary>
[DbContext(typeof(DevicesDbContext))]
[Migration("20261121180000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = DevicesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreatePlatformTables(Schema);
    }
}
