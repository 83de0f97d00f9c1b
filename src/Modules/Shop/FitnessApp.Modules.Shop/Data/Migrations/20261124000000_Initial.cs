using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>The schema, the platform tables (outbox, inbox, idempotency) and the catalog: categories, products, variants, stock audit.</summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124000000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = ShopDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreatePlatformTables(Schema);

        migrationBuilder.CreateTable(
            name: "Categories",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
                NameRu = table.Column<string>(maxLength: 100, nullable: false),
                Position = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Categories", x => x.Id);
                table.ForeignKey("FK_Categories_Categories_ParentId", x => x.ParentId, principalSchema: Schema, principalTable: "Categories", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Categories_Slug", schema: Schema, table: "Categories", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Categories_ParentId", schema: Schema, table: "Categories", column: "ParentId");

        migrationBuilder.CreateTable(
            name: "Products",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 120, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                NameRu = table.Column<string>(maxLength: 200, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 8000, nullable: false),
                DescriptionRu = table.Column<string>(maxLength: 8000, nullable: false),
                Brand = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                AttributesJson = table.Column<string>(nullable: false),
                PriceFromMinor = table.Column<long>(nullable: true),
                RatingAverage = table.Column<double>(nullable: false),
                RatingCount = table.Column<int>(nullable: false),
                Source = table.Column<string>(maxLength: 60, nullable: false),
                ExternalId = table.Column<string>(maxLength: 100, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Products", x => x.Id);
                table.ForeignKey("FK_Products_Categories_CategoryId", x => x.CategoryId, principalSchema: Schema, principalTable: "Categories", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Products_Slug", schema: Schema, table: "Products", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Products_Source_ExternalId", schema: Schema, table: "Products", columns: ["Source", "ExternalId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Products_CategoryId_Status", schema: Schema, table: "Products", columns: ["CategoryId", "Status"]);

        migrationBuilder.CreateTable(
            name: "ProductSports",
            schema: Schema,
            columns: table => new
            {
                ProductId = table.Column<Guid>(nullable: false),
                Sport = table.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductSports", x => new { x.ProductId, x.Sport });
                table.ForeignKey("FK_ProductSports_Products_ProductId", x => x.ProductId, principalSchema: Schema, principalTable: "Products", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ProductSports_Sport_ProductId", schema: Schema, table: "ProductSports", columns: ["Sport", "ProductId"]);

        migrationBuilder.CreateTable(
            name: "Skus",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 60, nullable: false),
                Size = table.Column<string>(maxLength: 40, nullable: true),
                Colour = table.Column<string>(maxLength: 40, nullable: true),
                PriceMinor = table.Column<long>(nullable: false),
                Stock = table.Column<int>(nullable: false),
                Active = table.Column<bool>(nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Skus", x => x.Id);
                table.ForeignKey("FK_Skus_Products_ProductId", x => x.ProductId, principalSchema: Schema, principalTable: "Products", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.CheckConstraint("CK_Skus_Stock", "\"Stock\" >= 0");
            });
        migrationBuilder.CreateIndex(name: "IX_Skus_Code", schema: Schema, table: "Skus", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Skus_ProductId", schema: Schema, table: "Skus", column: "ProductId");

        migrationBuilder.CreateTable(
            name: "StockMovements",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                Delta = table.Column<int>(nullable: false),
                StockAfter = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 30, nullable: false),
                Reference = table.Column<string>(maxLength: 100, nullable: true),
                ActorId = table.Column<Guid>(nullable: true),
                Note = table.Column<string>(maxLength: 300, nullable: true),
                OccurredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StockMovements", x => x.Id);
                table.ForeignKey("FK_StockMovements_Skus_SkuId", x => x.SkuId, principalSchema: Schema, principalTable: "Skus", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_StockMovements_SkuId_OccurredAt", schema: Schema, table: "StockMovements", columns: ["SkuId", "OccurredAt"]);
    }
}
