using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Devices.Data.Migrations;

/// <summary>Activity file imports: the uploads, their per-file results, the activities they recorded, the duplicate keys and the kept originals.</summary>
[DbContext(typeof(DevicesDbContext))]
[Migration("20261121181000_Imports")]
internal sealed class Imports : Migration
{
    private const string Schema = DevicesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Imports",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 10, nullable: false),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Format = table.Column<string>(maxLength: 20, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ErrorCode = table.Column<string>(maxLength: 60, nullable: true),
                ErrorMessage = table.Column<string>(maxLength: 1000, nullable: true),
                FileCount = table.Column<int>(nullable: false),
                ImportedCount = table.Column<int>(nullable: false),
                DuplicateCount = table.Column<int>(nullable: false),
                FailedCount = table.Column<int>(nullable: false),
                PayloadBlobId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CompletedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Imports", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Imports_AthleteId_CreatedAt", schema: Schema, table: "Imports", columns: ["AthleteId", "CreatedAt"]);

        migrationBuilder.CreateTable(
            name: "ImportFiles",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ImportId = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Format = table.Column<string>(maxLength: 20, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ErrorCode = table.Column<string>(maxLength: 60, nullable: true),
                ErrorMessage = table.Column<string>(maxLength: 1000, nullable: true),
                Sha256 = table.Column<string>(maxLength: 64, nullable: true),
                ExistingActivityId = table.Column<Guid>(nullable: true),
                OriginalBlobId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ImportFiles", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ImportFiles_ImportId", schema: Schema, table: "ImportFiles", column: "ImportId");

        migrationBuilder.CreateTable(
            name: "ImportedActivities",
            schema: Schema,
            columns: table => new
            {
                ActivityId = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                ImportId = table.Column<Guid>(nullable: false),
                ImportFileId = table.Column<Guid>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
                StartTime = table.Column<DateTime>(nullable: false),
                DistanceMeters = table.Column<double>(nullable: false),
                ElapsedSeconds = table.Column<int>(nullable: false),
                DeviceName = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ImportedActivities", x => x.ActivityId));
        migrationBuilder.CreateIndex(name: "IX_ImportedActivities_ImportFileId", schema: Schema, table: "ImportedActivities", column: "ImportFileId");
        migrationBuilder.CreateIndex(name: "IX_ImportedActivities_ImportId", schema: Schema, table: "ImportedActivities", column: "ImportId");

        migrationBuilder.CreateTable(
            name: "ImportDedupeKeys",
            schema: Schema,
            columns: table => new
            {
                AthleteId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                ImportFileId = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ImportDedupeKeys", x => new { x.AthleteId, x.Key }));
        migrationBuilder.CreateIndex(name: "IX_ImportDedupeKeys_ActivityId", schema: Schema, table: "ImportDedupeKeys", column: "ActivityId");
        migrationBuilder.CreateIndex(name: "IX_ImportDedupeKeys_ImportFileId", schema: Schema, table: "ImportDedupeKeys", column: "ImportFileId");

        migrationBuilder.CreateTable(
            name: "ImportBlobs",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                StoredAsUploaded = table.Column<bool>(nullable: false),
                Size = table.Column<long>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ImportBlobs", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ImportBlobs", schema: Schema);
        migrationBuilder.DropTable(name: "ImportDedupeKeys", schema: Schema);
        migrationBuilder.DropTable(name: "ImportedActivities", schema: Schema);
        migrationBuilder.DropTable(name: "ImportFiles", schema: Schema);
        migrationBuilder.DropTable(name: "Imports", schema: Schema);
    }
}
