using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Training.Data.Migrations;

/// <summary>
/// Per-activity facts for progress: training load, local date, device name, and best efforts in their own table.
/// Existing rows get their local date here: on PostgreSQL from their own time zone (the server knows IANA ids),
/// on SQLite the UTC date of the start (good enough for rows recorded before this migration; see docs/adr/0009).
/// Their training load stays null and counts as zero in the fitness series.
/// </summary>
[DbContext(typeof(TrainingDbContext))]
[Migration("20261121150000_ActivityProgress")]
internal sealed class ActivityProgress : Migration
{
    private const string Schema = TrainingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(name: "LocalDate", schema: Schema, table: "Activities", nullable: false, defaultValue: new DateOnly(1, 1, 1));
        migrationBuilder.AddColumn<double>(name: "TrainingLoad", schema: Schema, table: "Activities", nullable: true);
        migrationBuilder.AddColumn<string>(name: "TrainingLoadMethod", schema: Schema, table: "Activities", maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>(name: "DeviceName", schema: Schema, table: "Activities", maxLength: 100, nullable: true);
        migrationBuilder.Sql(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? $"""UPDATE "{Schema}"."Activities" SET "LocalDate" = ("StartTime" AT TIME ZONE "TimeZone")::date"""
            : """UPDATE "Activities" SET "LocalDate" = substr("StartTime", 1, 10)""");
        migrationBuilder.CreateIndex(
            name: "IX_Activities_OwnerId_LocalDate",
            schema: Schema,
            table: "Activities",
            columns: ["OwnerId", "LocalDate"]);

        migrationBuilder.CreateTable(
            name: "ActivityBestEfforts",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
                DistanceMeters = table.Column<double>(nullable: false),
                Seconds = table.Column<double>(nullable: false),
                LocalDate = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActivityBestEfforts", x => x.Id);
                table.ForeignKey("FK_ActivityBestEfforts_Activities_ActivityId", x => x.ActivityId, principalSchema: Schema, principalTable: "Activities", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ActivityBestEfforts_ActivityId", schema: Schema, table: "ActivityBestEfforts", column: "ActivityId");
        migrationBuilder.CreateIndex(
            name: "IX_ActivityBestEfforts_OwnerId_Sport_DistanceMeters_Seconds",
            schema: Schema,
            table: "ActivityBestEfforts",
            columns: ["OwnerId", "Sport", "DistanceMeters", "Seconds"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ActivityBestEfforts", schema: Schema);
        migrationBuilder.DropIndex(name: "IX_Activities_OwnerId_LocalDate", schema: Schema, table: "Activities");
        migrationBuilder.DropColumn(name: "DeviceName", schema: Schema, table: "Activities");
        migrationBuilder.DropColumn(name: "TrainingLoadMethod", schema: Schema, table: "Activities");
        migrationBuilder.DropColumn(name: "TrainingLoad", schema: Schema, table: "Activities");
        migrationBuilder.DropColumn(name: "LocalDate", schema: Schema, table: "Activities");
    }
}
