using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>Partner catalog feeds and their import runs (reports).</summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124030000_PartnerImports")]
internal sealed class PartnerImports : Migration
{
    private const string Schema = ShopDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PartnerFeeds",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Format = table.Column<string>(maxLength: 30, nullable: false),
                Url = table.Column<string>(maxLength: 500, nullable: true),
                IntervalHours = table.Column<int>(nullable: false),
                Enabled = table.Column<bool>(nullable: false),
                DefaultCategoryId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastRunAt = table.Column<DateTime>(nullable: true),
                RunningRunId = table.Column<Guid>(nullable: true),
                RunningSince = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerFeeds", x => x.Id);
                table.ForeignKey("FK_PartnerFeeds_Categories_DefaultCategoryId", x => x.DefaultCategoryId, principalSchema: Schema, principalTable: "Categories", principalColumn: "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex(name: "IX_PartnerFeeds_Code", schema: Schema, table: "PartnerFeeds", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PartnerFeeds_DefaultCategoryId", schema: Schema, table: "PartnerFeeds", column: "DefaultCategoryId");

        migrationBuilder.CreateTable(
            name: "PartnerImportRuns",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FeedId = table.Column<Guid>(nullable: false),
                Trigger = table.Column<string>(maxLength: 30, nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: true),
                QueuedAt = table.Column<DateTime>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: true),
                FinishedAt = table.Column<DateTime>(nullable: true),
                Rows = table.Column<int>(nullable: false),
                Created = table.Column<int>(nullable: false),
                Updated = table.Column<int>(nullable: false),
                Unchanged = table.Column<int>(nullable: false),
                Archived = table.Column<int>(nullable: false),
                Rejected = table.Column<int>(nullable: false),
                RejectedJson = table.Column<string>(nullable: false),
                Error = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerImportRuns", x => x.Id);
                table.ForeignKey("FK_PartnerImportRuns_PartnerFeeds_FeedId", x => x.FeedId, principalSchema: Schema, principalTable: "PartnerFeeds", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PartnerImportRuns_FeedId_QueuedAt", schema: Schema, table: "PartnerImportRuns", columns: ["FeedId", "QueuedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PartnerImportRuns", schema: Schema);
        migrationBuilder.DropTable(name: "PartnerFeeds", schema: Schema);
    }
}
