using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>
/// One lower-cased search text per product, computed by the database, replacing the five per-column trigram indexes with
/// one: a rare phrase was planned as a parallel scan of every product, because the planner priced a bitmap-OR of five
/// trigram scans above it (docs/performance.md). Stored and indexed on PostgreSQL; virtual on SQLite, which cannot add a
/// stored generated column to an existing table and has no trigram index anyway.
/// </summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124090000_ProductSearchText")]
internal sealed class ProductSearchText : Migration
{
    private const string Schema = ShopDbContext.Schema;
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private static readonly string[] SearchedColumns = ["NameEn", "NameRu", "Brand", "DescriptionEn", "DescriptionRu"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.Sql($"ALTER TABLE {Schema}.\"Products\" ADD COLUMN \"SearchText\" text GENERATED ALWAYS AS ({Product.SearchTextSql}) STORED;");
            migrationBuilder.Sql($"CREATE INDEX \"IX_Products_SearchText_Trgm\" ON {Schema}.\"Products\" USING gin (\"SearchText\" gin_trgm_ops);");
            foreach (var column in SearchedColumns)
            {
                migrationBuilder.Sql($"DROP INDEX IF EXISTS {Schema}.\"IX_Products_{column}_Trgm\";");
            }
        }
        else
        {
            migrationBuilder.Sql($"ALTER TABLE \"Products\" ADD COLUMN \"SearchText\" TEXT GENERATED ALWAYS AS ({Product.SearchTextSql}) VIRTUAL;");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            foreach (var column in SearchedColumns)
            {
                migrationBuilder.Sql($"CREATE INDEX \"IX_Products_{column}_Trgm\" ON {Schema}.\"Products\" USING gin (lower(\"{column}\") gin_trgm_ops);");
            }

            migrationBuilder.Sql($"DROP INDEX IF EXISTS {Schema}.\"IX_Products_SearchText_Trgm\";");
        }

        migrationBuilder.DropColumn(name: "SearchText", schema: Schema, table: "Products");
    }
}
