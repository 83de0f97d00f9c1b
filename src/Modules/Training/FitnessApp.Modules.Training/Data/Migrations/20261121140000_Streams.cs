using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Training.Data.Migrations;

/// <summary>One compact stream (and its computed statistics) per activity recorded from a track.</summary>
[DbContext(typeof(TrainingDbContext))]
[Migration("20261121140000_Streams")]
internal sealed class Streams : Migration
{
    private const string Schema = TrainingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "ActivityStreams",
            schema: Schema,
            columns: table => new
            {
                ActivityId = table.Column<Guid>(nullable: false),
                SampleCount = table.Column<int>(nullable: false),
                Channels = table.Column<int>(nullable: false),
                Data = table.Column<byte[]>(nullable: false),
                StatisticsJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActivityStreams", x => x.ActivityId);
                table.ForeignKey("FK_ActivityStreams_Activities_ActivityId", x => x.ActivityId, principalSchema: Schema, principalTable: "Activities", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "ActivityStreams", schema: Schema);
}
