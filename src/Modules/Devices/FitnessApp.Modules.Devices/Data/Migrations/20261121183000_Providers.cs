using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Devices.Data.Migrations;

/// <summary>Provider sync: connections (tokens protected), pending OAuth authorizations, the webhook event queue, synced activities.</summary>
[DbContext(typeof(DevicesDbContext))]
[Migration("20261121183000_Providers")]
internal sealed class Providers : Migration
{
    private const string Schema = DevicesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProviderConnections",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                Provider = table.Column<string>(maxLength: 20, nullable: false),
                ProviderAthleteId = table.Column<string>(maxLength: 100, nullable: true),
                ProtectedAccessToken = table.Column<string>(maxLength: 4000, nullable: true),
                ProtectedRefreshToken = table.Column<string>(maxLength: 4000, nullable: true),
                ExpiresAt = table.Column<DateTime>(nullable: true),
                Scope = table.Column<string>(maxLength: 200, nullable: true),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                ConnectedAt = table.Column<DateTime>(nullable: false),
                LastSyncAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                LastErrorAt = table.Column<DateTime>(nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ProviderConnections", x => x.Id));
        migrationBuilder.CreateIndex(
            name: "IX_ProviderConnections_AthleteId_Provider", schema: Schema, table: "ProviderConnections", columns: ["AthleteId", "Provider"], unique: true);
        migrationBuilder.CreateIndex(
            name: "IX_ProviderConnections_Provider_ProviderAthleteId", schema: Schema, table: "ProviderConnections", columns: ["Provider", "ProviderAthleteId"]);

        migrationBuilder.CreateTable(
            name: "ProviderAuthorizations",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                State = table.Column<string>(maxLength: 100, nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                Provider = table.Column<string>(maxLength: 20, nullable: false),
                ProtectedCodeVerifier = table.Column<string>(maxLength: 1000, nullable: false),
                RedirectUri = table.Column<string>(maxLength: 500, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                UsedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ProviderAuthorizations", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ProviderAuthorizations_State", schema: Schema, table: "ProviderAuthorizations", column: "State", unique: true);

        migrationBuilder.CreateTable(
            name: "ProviderEvents",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Provider = table.Column<string>(maxLength: 20, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                ObjectId = table.Column<string>(maxLength: 100, nullable: false),
                ProviderAthleteId = table.Column<string>(maxLength: 100, nullable: false),
                Url = table.Column<string>(maxLength: 1000, nullable: true),
                ReceivedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                ProcessedAt = table.Column<DateTime>(nullable: true),
                Error = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ProviderEvents", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ProviderEvents_Status_ReceivedAt", schema: Schema, table: "ProviderEvents", columns: ["Status", "ReceivedAt"]);

        migrationBuilder.CreateTable(
            name: "SyncedActivities",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Provider = table.Column<string>(maxLength: 20, nullable: false),
                ProviderActivityId = table.Column<string>(maxLength: 100, nullable: false),
                AthleteId = table.Column<Guid>(nullable: false),
                TrainingActivityId = table.Column<Guid>(nullable: false),
                SyncedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SyncedActivities", x => x.Id));
        migrationBuilder.CreateIndex(
            name: "IX_SyncedActivities_Provider_ProviderActivityId", schema: Schema, table: "SyncedActivities", columns: ["Provider", "ProviderActivityId"], unique: true);
        migrationBuilder.CreateIndex(
            name: "IX_SyncedActivities_AthleteId_Provider", schema: Schema, table: "SyncedActivities", columns: ["AthleteId", "Provider"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SyncedActivities", schema: Schema);
        migrationBuilder.DropTable(name: "ProviderEvents", schema: Schema);
        migrationBuilder.DropTable(name: "ProviderAuthorizations", schema: Schema);
        migrationBuilder.DropTable(name: "ProviderConnections", schema: Schema);
    }
}
