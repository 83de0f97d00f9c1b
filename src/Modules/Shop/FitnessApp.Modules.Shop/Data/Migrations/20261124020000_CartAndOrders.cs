using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>Carts and orders: the cart lines, orders with their snapshot lines and refunds, one order per idempotency key.</summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124020000_CartAndOrders")]
internal sealed class CartAndOrders : Migration
{
    private const string Schema = ShopDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CartItems",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                AddedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CartItems", x => new { x.UserId, x.SkuId });
                table.ForeignKey("FK_CartItems_Skus_SkuId", x => x.SkuId, principalSchema: Schema, principalTable: "Skus", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_CartItems_SkuId", schema: Schema, table: "CartItems", column: "SkuId");

        migrationBuilder.CreateTable(
            name: "Orders",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 100, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                PaymentMethod = table.Column<string>(maxLength: 30, nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                SubtotalMinor = table.Column<long>(nullable: false),
                DiscountMinor = table.Column<long>(nullable: false),
                PromoCode = table.Column<string>(maxLength: 40, nullable: true),
                PointsUsed = table.Column<int>(nullable: false),
                PointsMinor = table.Column<long>(nullable: false),
                ShippingMinor = table.Column<long>(nullable: false),
                TotalMinor = table.Column<long>(nullable: false),
                PaidMinor = table.Column<long>(nullable: false),
                RefundedMinor = table.Column<long>(nullable: false),
                PointsRefunded = table.Column<int>(nullable: false),
                ShipName = table.Column<string>(maxLength: 120, nullable: false),
                ShipLine1 = table.Column<string>(maxLength: 200, nullable: false),
                ShipLine2 = table.Column<string>(maxLength: 200, nullable: true),
                ShipCity = table.Column<string>(maxLength: 100, nullable: false),
                ShipPostalCode = table.Column<string>(maxLength: 20, nullable: false),
                ShipCountry = table.Column<string>(maxLength: 2, nullable: false),
                TrackingNumber = table.Column<string>(maxLength: 100, nullable: true),
                PlacedAt = table.Column<DateTime>(nullable: false),
                PaidAt = table.Column<DateTime>(nullable: true),
                ShippedAt = table.Column<DateTime>(nullable: true),
                DeliveredAt = table.Column<DateTime>(nullable: true),
                CancelledAt = table.Column<DateTime>(nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Orders", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Orders_CustomerId_IdempotencyKey", schema: Schema, table: "Orders", columns: ["CustomerId", "IdempotencyKey"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Orders_CustomerId_PlacedAt", schema: Schema, table: "Orders", columns: ["CustomerId", "PlacedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Orders_Status_PlacedAt", schema: Schema, table: "Orders", columns: ["Status", "PlacedAt"]);

        migrationBuilder.CreateTable(
            name: "OrderLines",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                SkuCode = table.Column<string>(maxLength: 60, nullable: false),
                ProductNameEn = table.Column<string>(maxLength: 200, nullable: false),
                ProductNameRu = table.Column<string>(maxLength: 200, nullable: false),
                Size = table.Column<string>(maxLength: 40, nullable: true),
                Colour = table.Column<string>(maxLength: 40, nullable: true),
                UnitPriceMinor = table.Column<long>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                LineTotalMinor = table.Column<long>(nullable: false),
                ReturnedQuantity = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderLines", x => x.Id);
                table.ForeignKey("FK_OrderLines_Orders_OrderId", x => x.OrderId, principalSchema: Schema, principalTable: "Orders", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_OrderLines_OrderId", schema: Schema, table: "OrderLines", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "OrderRefunds",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                AmountMinor = table.Column<long>(nullable: false),
                PointsReturned = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 300, nullable: true),
                ActorId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderRefunds", x => x.Id);
                table.ForeignKey("FK_OrderRefunds_Orders_OrderId", x => x.OrderId, principalSchema: Schema, principalTable: "Orders", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_OrderRefunds_OrderId", schema: Schema, table: "OrderRefunds", column: "OrderId");
    }
}
