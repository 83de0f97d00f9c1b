using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Training.Data.Migrations;

/// <summary>Training plan templates with their workouts, enrolments and the planned workouts on athletes' calendars.</summary>
[DbContext(typeof(TrainingDbContext))]
[Migration("20261121160000_Plans")]
internal sealed class Plans : Migration
{
    private const string Schema = TrainingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PlanTemplates",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                NameRu = table.Column<string>(maxLength: 200, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 2000, nullable: false),
                DescriptionRu = table.Column<string>(maxLength: 2000, nullable: false),
                SportFocus = table.Column<string>(maxLength: 30, nullable: false),
                Level = table.Column<string>(maxLength: 30, nullable: false),
                Weeks = table.Column<int>(nullable: false),
                IsPublished = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                DeletedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PlanTemplates", x => x.Id));

        migrationBuilder.CreateTable(
            name: "PlanTemplateWorkouts",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TemplateId = table.Column<Guid>(nullable: false),
                Week = table.Column<int>(nullable: false),
                DayOfWeek = table.Column<string>(maxLength: 30, nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
                DurationSeconds = table.Column<int>(nullable: true),
                DistanceMeters = table.Column<double>(nullable: true),
                Intensity = table.Column<string>(maxLength: 30, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 500, nullable: false),
                DescriptionRu = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanTemplateWorkouts", x => x.Id);
                table.ForeignKey("FK_PlanTemplateWorkouts_PlanTemplates_TemplateId", x => x.TemplateId, principalSchema: Schema, principalTable: "PlanTemplates", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PlanTemplateWorkouts_TemplateId", schema: Schema, table: "PlanTemplateWorkouts", column: "TemplateId");

        migrationBuilder.CreateTable(
            name: "PlanEnrolments",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                TemplateId = table.Column<Guid>(nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                NameRu = table.Column<string>(maxLength: 200, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
                EnrolledAt = table.Column<DateTime>(nullable: false),
                LeftAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PlanEnrolments", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_PlanEnrolments_AthleteId_EndDate", schema: Schema, table: "PlanEnrolments", columns: ["AthleteId", "EndDate"]);

        migrationBuilder.CreateTable(
            name: "PlannedWorkouts",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EnrolmentId = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Week = table.Column<int>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
                DurationSeconds = table.Column<int>(nullable: true),
                DistanceMeters = table.Column<double>(nullable: true),
                Intensity = table.Column<string>(maxLength: 30, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 500, nullable: false),
                DescriptionRu = table.Column<string>(maxLength: 500, nullable: false),
                CompletedByActivityId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlannedWorkouts", x => x.Id);
                table.ForeignKey("FK_PlannedWorkouts_PlanEnrolments_EnrolmentId", x => x.EnrolmentId, principalSchema: Schema, principalTable: "PlanEnrolments", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PlannedWorkouts_EnrolmentId", schema: Schema, table: "PlannedWorkouts", column: "EnrolmentId");
        migrationBuilder.CreateIndex(name: "IX_PlannedWorkouts_AthleteId_Date", schema: Schema, table: "PlannedWorkouts", columns: ["AthleteId", "Date"]);
        migrationBuilder.CreateIndex(name: "IX_PlannedWorkouts_CompletedByActivityId", schema: Schema, table: "PlannedWorkouts", column: "CompletedByActivityId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PlannedWorkouts", schema: Schema);
        migrationBuilder.DropTable(name: "PlanEnrolments", schema: Schema);
        migrationBuilder.DropTable(name: "PlanTemplateWorkouts", schema: Schema);
        migrationBuilder.DropTable(name: "PlanTemplates", schema: Schema);
    }
}
