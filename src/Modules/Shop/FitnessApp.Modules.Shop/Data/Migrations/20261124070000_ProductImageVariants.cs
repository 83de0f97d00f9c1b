using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>A thumbnail (at most 400 pixels a side) next to each product image, for product cards.</summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124070000_ProductImageVariants")]
internal sealed class ProductImageVariants : Migration
{
    private const string Schema = ShopDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<byte[]>(name: "Thumbnail", schema: Schema, table: "ProductImages", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Thumbnail", schema: Schema, table: "ProductImages");
}
