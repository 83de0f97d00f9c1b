using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>Which athletes got the weekly offers email in which week, so that a rerun of the job sends nothing twice.</summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124080000_OfferEmailsSent")]
internal sealed class OfferEmailsSent : Migration
{
    private const string Schema = ShopDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "OfferEmailsSent",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                WeekStart = table.Column<DateTime>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OfferEmailsSent", x => new { x.UserId, x.WeekStart }));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "OfferEmailsSent", schema: Schema);
}
