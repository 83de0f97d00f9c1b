using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Training.Data.Migrations;

/// <summary>Activities with their strength exercises and sets (child tables), and the platform tables.</summary>
[DbContext(typeof(TrainingDbContext))]
[Migration("20261121130000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = TrainingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreatePlatformTables(Schema);

        migrationBuilder.CreateTable(
            name: "Activities",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Notes = table.Column<string>(maxLength: 5000, nullable: true),
                StartTime = table.Column<DateTime>(nullable: false),
                TimeZone = table.Column<string>(maxLength: 100, nullable: false),
                ElapsedSeconds = table.Column<int>(nullable: false),
                MovingSeconds = table.Column<int>(nullable: false),
                DistanceMeters = table.Column<double>(nullable: true),
                ElevationGainMeters = table.Column<double>(nullable: true),
                AverageHeartRate = table.Column<int>(nullable: true),
                MaxHeartRate = table.Column<int>(nullable: true),
                Calories = table.Column<int>(nullable: true),
                PerceivedEffort = table.Column<int>(nullable: true),
                Visibility = table.Column<string>(maxLength: 30, nullable: false),
                GearId = table.Column<Guid>(nullable: true),
                Source = table.Column<string>(maxLength: 30, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Activities", x => x.Id));
        migrationBuilder.CreateIndex(
            name: "IX_Activities_OwnerId_StartTime_Id",
            schema: Schema,
            table: "Activities",
            columns: ["OwnerId", "StartTime", "Id"]);

        migrationBuilder.CreateTable(
            name: "StrengthExercises",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StrengthExercises", x => x.Id);
                table.ForeignKey("FK_StrengthExercises_Activities_ActivityId", x => x.ActivityId, principalSchema: Schema, principalTable: "Activities", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_StrengthExercises_ActivityId", schema: Schema, table: "StrengthExercises", column: "ActivityId");

        migrationBuilder.CreateTable(
            name: "ExerciseSets",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ExerciseId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Reps = table.Column<int>(nullable: false),
                WeightKg = table.Column<double>(nullable: false),
                RestSeconds = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExerciseSets", x => x.Id);
                table.ForeignKey("FK_ExerciseSets_StrengthExercises_ExerciseId", x => x.ExerciseId, principalSchema: Schema, principalTable: "StrengthExercises", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ExerciseSets_ExerciseId", schema: Schema, table: "ExerciseSets", column: "ExerciseId");
    }
}
