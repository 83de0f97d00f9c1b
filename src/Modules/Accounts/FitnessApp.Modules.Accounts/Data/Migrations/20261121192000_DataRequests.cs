using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Accounts.Data.Migrations;

/// <summary>Data exports (with their zips) and account erasures waiting for the modules' confirmations.</summary>
[DbContext(typeof(AccountsDbContext))]
[Migration("20261121192000_DataRequests")]
internal sealed class DataRequests : Migration
{
    private const string Schema = AccountsDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataExports",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                RequestedAt = table.Column<DateTime>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: true),
                CompletedAt = table.Column<DateTime>(nullable: true),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                SizeBytes = table.Column<long>(nullable: true),
                FileCount = table.Column<int>(nullable: true),
                Error = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataExports", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_DataExports_UserId_RequestedAt", schema: Schema, table: "DataExports", columns: ["UserId", "RequestedAt"]);
        migrationBuilder.CreateIndex(
            name: "IX_DataExports_UserId_InProgress", schema: Schema, table: "DataExports", column: "UserId",
            unique: true, filter: DataExportConfiguration.InProgressFilter);
        migrationBuilder.CreateIndex(name: "IX_DataExports_ExpiresAt", schema: Schema, table: "DataExports", column: "ExpiresAt");

        migrationBuilder.CreateTable(
            name: "DataExportArchives",
            schema: Schema,
            columns: table => new
            {
                ExportId = table.Column<Guid>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DataExportArchives", x => x.ExportId);
                table.ForeignKey(
                    "FK_DataExportArchives_DataExports_ExportId", x => x.ExportId, principalSchema: Schema, principalTable: "DataExports",
                    principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ErasureRequests",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RequestedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ErasureRequests", x => x.UserId));

        migrationBuilder.CreateTable(
            name: "ErasureConfirmations",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Module = table.Column<string>(maxLength: 100, nullable: false),
                ConfirmedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ErasureConfirmations", x => new { x.UserId, x.Module });
                table.ForeignKey(
                    "FK_ErasureConfirmations_ErasureRequests_UserId", x => x.UserId, principalSchema: Schema, principalTable: "ErasureRequests",
                    principalColumn: "UserId", onDelete: ReferentialAction.Cascade);
            });
    }
}
