using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Accounts.Data.Migrations;

/// <summary>Avatars (re-encoded images per size, with the version on the account row) and per-kind email notification switches.</summary>
[DbContext(typeof(AccountsDbContext))]
[Migration("20261121190000_AvatarsAndNotifications")]
internal sealed class AvatarsAndNotifications : Migration
{
    private const string Schema = AccountsDbContext.Schema;
    private const string Users = "Users";
    private const string Table = "AvatarImages";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "AvatarVersion", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<int>(name: "MutedEmailNotifications", schema: Schema, table: Users, nullable: false, defaultValue: 0);
        migrationBuilder.CreateTable(
            name: Table,
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Size = table.Column<int>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                ContentType = table.Column<string>(maxLength: 32, nullable: false),
                Version = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AvatarImages", x => x.Id);
                table.ForeignKey("FK_AvatarImages_Users_UserId", x => x.UserId, principalSchema: Schema, principalTable: Users, principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AvatarImages_UserId_Size", schema: Schema, table: Table, columns: ["UserId", "Size"], unique: true);
    }
}
