using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Accounts.Data.Migrations;

/// <summary>The athlete's profile and settings, as columns of Users; existing accounts get the defaults.</summary>
[DbContext(typeof(AccountsDbContext))]
[Migration("20261121150000_Profiles")]
internal sealed class Profiles : Migration
{
    private const string Schema = AccountsDbContext.Schema;
    private const string Users = "Users";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Bio", schema: Schema, table: Users, maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>(name: "City", schema: Schema, table: Users, maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Country", schema: Schema, table: Users, maxLength: 2, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "BirthDate", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<int>(name: "Sex", schema: Schema, table: Users, nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<double>(name: "HeightCm", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<double>(name: "WeightKg", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<int>(name: "MaxHeartRate", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<int>(name: "RestingHeartRate", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<string>(name: "PreferredSports", schema: Schema, table: Users, maxLength: 400, nullable: false, defaultValue: string.Empty);
        migrationBuilder.AddColumn<int>(name: "Units", schema: Schema, table: Users, nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>(name: "Language", schema: Schema, table: Users, maxLength: 8, nullable: false, defaultValue: "en");
        migrationBuilder.AddColumn<string>(name: "TimeZone", schema: Schema, table: Users, maxLength: 100, nullable: false, defaultValue: "UTC");
        migrationBuilder.AddColumn<int>(name: "DefaultActivityVisibility", schema: Schema, table: Users, nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "ProfileVisibility", schema: Schema, table: Users, nullable: false, defaultValue: 0);
    }
}
