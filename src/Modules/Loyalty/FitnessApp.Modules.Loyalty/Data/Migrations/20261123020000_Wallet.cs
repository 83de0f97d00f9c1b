using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>Shop's point reservations and the expiry notices already given.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123020000_Wallet")]
internal sealed class Wallet : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PointsReservations",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Points = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                RefundedPoints = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PointsReservations", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_PointsReservations_OrderId", schema: Schema, table: "PointsReservations", column: "OrderId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PointsReservations_UserId_Status", schema: Schema, table: "PointsReservations", columns: ["UserId", "Status"]);

        migrationBuilder.CreateTable(
            name: "ExpiryNotices",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                ExpiresOn = table.Column<DateOnly>(nullable: false),
                Points = table.Column<int>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ExpiryNotices", x => new { x.UserId, x.ExpiresOn }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ExpiryNotices", schema: Schema);
        migrationBuilder.DropTable(name: "PointsReservations", schema: Schema);
    }
}
