using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Accounts.Data.Migrations;

/// <summary>The security audit log.</summary>
[DbContext(typeof(AccountsDbContext))]
[Migration("20261121180000_AccountSecurity")]
internal sealed class AccountSecurity : Migration
{
    private const string Schema = AccountsDbContext.Schema;
    private const string Table = "AuditEntries";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                IpAddress = table.Column<string>(maxLength: 64, nullable: true),
                UserAgent = table.Column<string>(maxLength: 512, nullable: true),
                Details = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_OccurredAt", schema: Schema, table: Table, column: "OccurredAt");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_UserId_OccurredAt", schema: Schema, table: Table, columns: ["UserId", "OccurredAt"]);
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_Kind_OccurredAt", schema: Schema, table: Table, columns: ["Kind", "OccurredAt"]);
    }
}
