using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Devices.Data.Migrations;

/// <summary>Registered devices (token hashes), their pushed samples and workouts, and the athletes' daily metrics.</summary>
[DbContext(typeof(DevicesDbContext))]
[Migration("20261121182000_DevicePush")]
internal sealed class DevicePush : Migration
{
    private const string Schema = DevicesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DeviceRegistrations",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastSeenAt = table.Column<DateTime>(nullable: true),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DeviceRegistrations", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_DeviceRegistrations_TokenHash", schema: Schema, table: "DeviceRegistrations", column: "TokenHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_DeviceRegistrations_OwnerId", schema: Schema, table: "DeviceRegistrations", column: "OwnerId");

        migrationBuilder.CreateTable(
            name: "DeviceSamples",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DeviceId = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 30, nullable: false),
                Start = table.Column<DateTime>(nullable: false),
                End = table.Column<DateTime>(nullable: true),
                Value = table.Column<double>(nullable: false),
                Stage = table.Column<string>(maxLength: 30, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DeviceSamples", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_DeviceSamples_DeviceId_Type_Start", schema: Schema, table: "DeviceSamples", columns: ["DeviceId", "Type", "Start"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_DeviceSamples_OwnerId_Start", schema: Schema, table: "DeviceSamples", columns: ["OwnerId", "Start"]);

        migrationBuilder.CreateTable(
            name: "DeviceWorkouts",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DeviceId = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Start = table.Column<DateTime>(nullable: false),
                ActivityId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DeviceWorkouts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_DeviceWorkouts_DeviceId_Start", schema: Schema, table: "DeviceWorkouts", columns: ["DeviceId", "Start"], unique: true);

        migrationBuilder.CreateTable(
            name: "DailyMetrics",
            schema: Schema,
            columns: table => new
            {
                OwnerId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Steps = table.Column<int>(nullable: true),
                RestingHeartRate = table.Column<int>(nullable: true),
                SleepMinutes = table.Column<int>(nullable: true),
                WeightKg = table.Column<double>(nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DailyMetrics", x => new { x.OwnerId, x.Date }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DailyMetrics", schema: Schema);
        migrationBuilder.DropTable(name: "DeviceWorkouts", schema: Schema);
        migrationBuilder.DropTable(name: "DeviceSamples", schema: Schema);
        migrationBuilder.DropTable(name: "DeviceRegistrations", schema: Schema);
    }
}
