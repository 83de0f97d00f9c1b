using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>Card payments: one payment intent per card order, the processor events already handled, the processor's refunds.</summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124050000_Payments")]
internal sealed class CardPayments : Migration
{
    private const string Schema = ShopDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Payments",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                IntentId = table.Column<string>(maxLength: 100, nullable: false),
                ClientSecret = table.Column<string>(maxLength: 200, nullable: true),
                RedirectUrl = table.Column<string>(maxLength: 1000, nullable: true),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                AmountMinor = table.Column<long>(nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                FailureReason = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Payments", x => x.Id);
                table.ForeignKey("FK_Payments_Orders_OrderId", x => x.OrderId, principalSchema: Schema, principalTable: "Orders", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Payments_OrderId", schema: Schema, table: "Payments", column: "OrderId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Payments_IntentId", schema: Schema, table: "Payments", column: "IntentId", unique: true);

        migrationBuilder.CreateTable(
            name: "ProcessedPaymentEvents",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 100, nullable: false),
                Type = table.Column<string>(maxLength: 60, nullable: false),
                OrderId = table.Column<Guid>(nullable: true),
                ReceivedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ProcessedPaymentEvents", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ProcessedPaymentEvents_ReceivedAt", schema: Schema, table: "ProcessedPaymentEvents", column: "ReceivedAt");

        migrationBuilder.CreateTable(
            name: "PaymentRefunds",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                OrderRefundId = table.Column<Guid>(nullable: false),
                ProcessorRefundId = table.Column<string>(maxLength: 100, nullable: false),
                AmountMinor = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentRefunds", x => x.Id);
                table.ForeignKey("FK_PaymentRefunds_Orders_OrderId", x => x.OrderId, principalSchema: Schema, principalTable: "Orders", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PaymentRefunds_ProcessorRefundId", schema: Schema, table: "PaymentRefunds", column: "ProcessorRefundId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PaymentRefunds_OrderId", schema: Schema, table: "PaymentRefunds", column: "OrderId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PaymentRefunds", schema: Schema);
        migrationBuilder.DropTable(name: "ProcessedPaymentEvents", schema: Schema);
        migrationBuilder.DropTable(name: "Payments", schema: Schema);
    }
}
