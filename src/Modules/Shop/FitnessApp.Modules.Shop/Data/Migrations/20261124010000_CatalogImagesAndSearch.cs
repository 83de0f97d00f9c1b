using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>
/// Product images, and the indexes the catalog search needs: one per sort (status, key, id) for keyset pages, and on
/// PostgreSQL trigram indexes over the lower-cased texts so that "contains" searches do not scan every product.
/// </summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124010000_CatalogImagesAndSearch")]
internal sealed class CatalogImagesAndSearch : Migration
{
    private const string Schema = ShopDbContext.Schema;
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private static readonly string[] SearchedColumns = ["NameEn", "NameRu", "Brand", "DescriptionEn", "DescriptionRu"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProductImages",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                ContentType = table.Column<string>(maxLength: 40, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                Width = table.Column<int>(nullable: false),
                Height = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductImages", x => x.Id);
                table.ForeignKey("FK_ProductImages_Products_ProductId", x => x.ProductId, principalSchema: Schema, principalTable: "Products", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ProductImages_ProductId_Position", schema: Schema, table: "ProductImages", columns: ["ProductId", "Position"]);

        migrationBuilder.CreateIndex(name: "IX_Products_Status_CreatedAt_Id", schema: Schema, table: "Products", columns: ["Status", "CreatedAt", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_Products_Status_PriceFromMinor_Id", schema: Schema, table: "Products", columns: ["Status", "PriceFromMinor", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_Products_Status_RatingAverage_Id", schema: Schema, table: "Products", columns: ["Status", "RatingAverage", "Id"]);

        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            foreach (var column in SearchedColumns)
            {
                migrationBuilder.Sql($"CREATE INDEX \"IX_Products_{column}_Trgm\" ON {Schema}.\"Products\" USING gin (lower(\"{column}\") gin_trgm_ops);");
            }
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            foreach (var column in SearchedColumns)
            {
                migrationBuilder.Sql($"DROP INDEX IF EXISTS {Schema}.\"IX_Products_{column}_Trgm\";");
            }
        }

        migrationBuilder.DropIndex(name: "IX_Products_Status_RatingAverage_Id", schema: Schema, table: "Products");
        migrationBuilder.DropIndex(name: "IX_Products_Status_PriceFromMinor_Id", schema: Schema, table: "Products");
        migrationBuilder.DropIndex(name: "IX_Products_Status_CreatedAt_Id", schema: Schema, table: "Products");
        migrationBuilder.DropTable(name: "ProductImages", schema: Schema);
    }
}
