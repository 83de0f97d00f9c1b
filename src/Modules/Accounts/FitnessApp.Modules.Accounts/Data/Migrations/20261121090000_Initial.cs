using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Accounts.Data.Migrations;

/// <summary>Identity (users, roles, claims, logins, tokens), the data-protection key ring and the platform tables.</summary>
[DbContext(typeof(AccountsDbContext))]
[Migration("20261121090000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = AccountsDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreatePlatformTables(Schema);

        migrationBuilder.CreateTable(
            name: "Users",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DisplayName = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Users", x => x.Id));
        migrationBuilder.CreateIndex(name: "EmailIndex", schema: Schema, table: "Users", column: "NormalizedEmail");
        migrationBuilder.CreateIndex(name: "UserNameIndex", schema: Schema, table: "Users", column: "NormalizedUserName", unique: true);

        migrationBuilder.CreateTable(
            name: "Roles",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Roles", x => x.Id));
        migrationBuilder.CreateIndex(name: "RoleNameIndex", schema: Schema, table: "Roles", column: "NormalizedName", unique: true);

        migrationBuilder.CreateTable(
            name: "RoleClaims",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AutoIncrement(),
                RoleId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleClaims", x => x.Id);
                table.ForeignKey("FK_RoleClaims_Roles_RoleId", x => x.RoleId, principalSchema: Schema, principalTable: "Roles", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RoleClaims_RoleId", schema: Schema, table: "RoleClaims", column: "RoleId");

        migrationBuilder.CreateTable(
            name: "UserClaims",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AutoIncrement(),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserClaims", x => x.Id);
                table.ForeignKey("FK_UserClaims_Users_UserId", x => x.UserId, principalSchema: Schema, principalTable: "Users", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_UserClaims_UserId", schema: Schema, table: "UserClaims", column: "UserId");

        migrationBuilder.CreateTable(
            name: "UserLogins",
            schema: Schema,
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_UserLogins_Users_UserId", x => x.UserId, principalSchema: Schema, principalTable: "Users", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_UserLogins_UserId", schema: Schema, table: "UserLogins", column: "UserId");

        migrationBuilder.CreateTable(
            name: "UserRoles",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RoleId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_UserRoles_Roles_RoleId", x => x.RoleId, principalSchema: Schema, principalTable: "Roles", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_UserRoles_Users_UserId", x => x.UserId, principalSchema: Schema, principalTable: "Users", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_UserRoles_RoleId", schema: Schema, table: "UserRoles", column: "RoleId");

        migrationBuilder.CreateTable(
            name: "UserTokens",
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_UserTokens_Users_UserId", x => x.UserId, principalSchema: Schema, principalTable: "Users", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: 200, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }
}
