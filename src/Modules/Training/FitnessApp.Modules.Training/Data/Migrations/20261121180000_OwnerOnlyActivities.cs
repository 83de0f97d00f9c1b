using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Training.Data.Migrations;

/// <summary>Activities only their owner may ever see (synced from a provider whose terms say so); existing rows are not.</summary>
[DbContext(typeof(TrainingDbContext))]
[Migration("20261121180000_OwnerOnlyActivities")]
internal sealed class OwnerOnlyActivities : Migration
{
    private const string Schema = TrainingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>(name: "OwnerOnly", schema: Schema, table: "Activities", nullable: false, defaultValue: false);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "OwnerOnly", schema: Schema, table: "Activities");
}
