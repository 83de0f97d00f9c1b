using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shop.Data.Migrations;

/// <summary>Product reviews (one per customer and product) and the audit of their moderation.</summary>
[DbContext(typeof(ShopDbContext))]
[Migration("20261124040000_Reviews")]
internal sealed class Reviews : Migration
{
    private const string Schema = ShopDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProductReviews",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                Rating = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 120, nullable: true),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                ModeratedAt = table.Column<DateTime>(nullable: true),
                ModeratedBy = table.Column<Guid>(nullable: true),
                ModerationReason = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductReviews", x => x.Id);
                table.ForeignKey("FK_ProductReviews_Products_ProductId", x => x.ProductId, principalSchema: Schema, principalTable: "Products", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ProductReviews_ProductId_AuthorId", schema: Schema, table: "ProductReviews", columns: ["ProductId", "AuthorId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_ProductReviews_ProductId_Status_CreatedAt", schema: Schema, table: "ProductReviews", columns: ["ProductId", "Status", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_ProductReviews_Status_CreatedAt", schema: Schema, table: "ProductReviews", columns: ["Status", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_ProductReviews_AuthorId", schema: Schema, table: "ProductReviews", column: "AuthorId");

        migrationBuilder.CreateTable(
            name: "ReviewModerations",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReviewId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 30, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                ActorId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewModerations", x => x.Id);
                table.ForeignKey("FK_ReviewModerations_ProductReviews_ReviewId", x => x.ReviewId, principalSchema: Schema, principalTable: "ProductReviews", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ReviewModerations_ReviewId", schema: Schema, table: "ReviewModerations", column: "ReviewId");
        migrationBuilder.CreateIndex(name: "IX_ReviewModerations_ActorId", schema: Schema, table: "ReviewModerations", column: "ActorId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ReviewModerations", schema: Schema);
        migrationBuilder.DropTable(name: "ProductReviews", schema: Schema);
    }
}
