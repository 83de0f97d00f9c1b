using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Training.Data.Migrations;

/// <summary>
/// Athletes' gear and goals. Activities keep their GearId column without a foreign key (deleting gear clears it
/// in the handler), so that the Activities table is not rebuilt on SQLite.
/// </summary>
[DbContext(typeof(TrainingDbContext))]
[Migration("20261121170000_GearAndGoals")]
internal sealed class GearAndGoals : Migration
{
    private const string Schema = TrainingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Gear",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Brand = table.Column<string>(maxLength: 100, nullable: true),
                Model = table.Column<string>(maxLength: 100, nullable: true),
                Sports = table.Column<string>(maxLength: 400, nullable: false),
                InitialDistanceMeters = table.Column<double>(nullable: false),
                RetirementThresholdMeters = table.Column<double>(nullable: true),
                RetiredAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Gear", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Gear_OwnerId", schema: Schema, table: "Gear", column: "OwnerId");

        migrationBuilder.CreateTable(
            name: "Goals",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Period = table.Column<string>(maxLength: 30, nullable: false),
                Metric = table.Column<string>(maxLength: 30, nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: true),
                TargetValue = table.Column<double>(nullable: false),
                Title = table.Column<string>(maxLength: 100, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Goals", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Goals_OwnerId", schema: Schema, table: "Goals", column: "OwnerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Goals", schema: Schema);
        migrationBuilder.DropTable(name: "Gear", schema: Schema);
    }
}
