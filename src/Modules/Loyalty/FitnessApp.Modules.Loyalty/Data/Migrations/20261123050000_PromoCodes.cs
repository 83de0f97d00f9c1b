using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Loyalty.Data.Migrations;

/// <summary>Promo codes, their redemptions (one per order) and each athlete's uses per code.</summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration("20261123050000_PromoCodes")]
internal sealed class PromoCodes : Migration
{
    private const string Schema = LoyaltyDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PromoCodes",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 32, nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                Percent = table.Column<int>(nullable: true),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                Currency = table.Column<string>(maxLength: 3, nullable: true),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                TotalLimit = table.Column<int>(nullable: true),
                PerUserLimit = table.Column<int>(nullable: true),
                Countries = table.Column<string>(maxLength: 750, nullable: false),
                MinimumLevel = table.Column<int>(nullable: false),
                MinimumOrderAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                Active = table.Column<bool>(nullable: false),
                Redemptions = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PromoCodes", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_PromoCodes_Code", schema: Schema, table: "PromoCodes", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PromoCodes_CreatedAt_Id", schema: Schema, table: "PromoCodes", columns: ["CreatedAt", "Id"]);

        migrationBuilder.CreateTable(
            name: "PromoCodeRedemptions",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PromoCodeId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                OrderId = table.Column<Guid>(nullable: false),
                State = table.Column<string>(maxLength: 30, nullable: false),
                OrderAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Discount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                Country = table.Column<string>(maxLength: 2, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PromoCodeRedemptions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_PromoCodeRedemptions_OrderId", schema: Schema, table: "PromoCodeRedemptions", column: "OrderId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PromoCodeRedemptions_PromoCodeId_State", schema: Schema, table: "PromoCodeRedemptions", columns: ["PromoCodeId", "State"]);
        migrationBuilder.CreateIndex(name: "IX_PromoCodeRedemptions_UserId", schema: Schema, table: "PromoCodeRedemptions", column: "UserId");

        migrationBuilder.CreateTable(
            name: "PromoCodeUsages",
            schema: Schema,
            columns: table => new
            {
                PromoCodeId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Uses = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PromoCodeUsages", x => new { x.PromoCodeId, x.UserId }));
        migrationBuilder.CreateIndex(name: "IX_PromoCodeUsages_UserId", schema: Schema, table: "PromoCodeUsages", column: "UserId");
    }
}
