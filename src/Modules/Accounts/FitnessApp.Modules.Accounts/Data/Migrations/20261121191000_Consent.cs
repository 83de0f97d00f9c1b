using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Accounts.Data.Migrations;

/// <summary>The accepted terms version and the health-data consent, as columns of Users; existing accounts have neither.</summary>
[DbContext(typeof(AccountsDbContext))]
[Migration("20261121191000_Consent")]
internal sealed class Consent : Migration
{
    private const string Schema = AccountsDbContext.Schema;
    private const string Users = "Users";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "AcceptedTermsVersion", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "TermsAcceptedAt", schema: Schema, table: Users, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "HealthDataConsent", schema: Schema, table: Users, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateTime>(name: "HealthDataConsentChangedAt", schema: Schema, table: Users, nullable: true);
    }
}
