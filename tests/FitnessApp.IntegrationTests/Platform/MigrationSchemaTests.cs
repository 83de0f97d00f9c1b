using System.Data.Common;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Platform.Probe;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Platform;

/// <summary>
/// The hand-written migrations of every module in the catalog create every table and column of its EF
/// model, with the model's nullability, on each provider; the history table lives in the module's schema.
/// </summary>
public abstract class MigrationSchemaTests(FitnessAppFactory app)
{
    [Fact]
    public void Given_the_host_When_listing_module_databases_Then_accounts_and_the_probe_are_covered()
    {
        var contexts = Catalog.DbContextTypes.Select(t => t.Name).ToList();

        contexts.ShouldContain("AccountsDbContext");
        contexts.ShouldContain(nameof(ProbeDbContext));
    }

    [Fact]
    public async Task Given_an_empty_database_When_the_host_migrated_it_Then_every_table_and_column_of_every_model_exists_with_its_nullability()
    {
        var problems = new List<string>();
        foreach (var contextType in Catalog.DbContextTypes)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                foreach (var table in model.Tables)
                {
                    var actual = await ColumnsAsync(connection, table);
                    if (actual.Count == 0)
                    {
                        problems.Add($"{contextType.Name}: table {table.SchemaQualifiedName} is missing");
                        continue;
                    }

                    foreach (var column in table.Columns)
                    {
                        if (!actual.TryGetValue(column.Name, out var nullable))
                        {
                            problems.Add($"{contextType.Name}: column {table.SchemaQualifiedName}.{column.Name} is missing");
                        }
                        else if (nullable != column.IsNullable)
                        {
                            problems.Add($"{contextType.Name}: column {table.SchemaQualifiedName}.{column.Name} is {(nullable ? "NULL" : "NOT NULL")} but the model says {(column.IsNullable ? "NULL" : "NOT NULL")}");
                        }
                    }

                    foreach (var extra in actual.Keys.Except(table.Columns.Select(c => c.Name)))
                    {
                        problems.Add($"{contextType.Name}: column {table.SchemaQualifiedName}.{extra} is not in the model");
                    }
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_migrated_database_When_reading_the_model_Then_every_table_is_in_its_module_schema()
    {
        foreach (var contextType in Catalog.DbContextTypes)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var schema = db.Model.GetDefaultSchema();
            schema.ShouldNotBeNullOrWhiteSpace(contextType.Name);
            db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
                .Where(t => t.Schema != schema).Select(t => t.SchemaQualifiedName).ShouldBeEmpty(contextType.Name);
        }
    }

    protected ModuleCatalog Catalog => app.Services.GetRequiredService<ModuleCatalog>();

    /// <summary>Column name → nullable, as the database has it; empty when the table does not exist.</summary>
    protected abstract Task<Dictionary<string, bool>> ColumnsAsync(DbConnection connection, ITable table);

    protected static async Task<List<object?[]>> QueryAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}

public sealed class MigrationSchemaTests_Sqlite(ProbeSqliteApp app) : MigrationSchemaTests(app), IClassFixture<ProbeSqliteApp>
{
    [Fact]
    public async Task Given_sqlite_When_the_host_migrated_Then_each_module_has_its_own_file_with_its_history_table()
    {
        foreach (var contextType in Catalog.DbContextTypes)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var schema = db.Model.GetDefaultSchema()!;
            File.Exists(Path.Combine(app.DataFolder, $"{schema}.db")).ShouldBeTrue(contextType.Name);
            await db.Database.OpenConnectionAsync();
            var tables = await QueryAsync(db.Database.GetDbConnection(), "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'");
            await db.Database.CloseConnectionAsync();
            tables.Count.ShouldBe(1, contextType.Name);
        }
    }

    protected override async Task<Dictionary<string, bool>> ColumnsAsync(DbConnection connection, ITable table)
    {
        var exists = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = $table", ("$table", table.Name));
        if (exists.Count == 0)
        {
            return [];
        }

        // table_xinfo, not table_info: generated columns are hidden from the latter.
        var columns = await QueryAsync(connection, "SELECT name, \"notnull\" FROM pragma_table_xinfo($table)", ("$table", table.Name));
        return columns.ToDictionary(c => (string)c[0]!, c => Convert.ToInt64(c[1], System.Globalization.CultureInfo.InvariantCulture) == 0);
    }
}

public sealed class MigrationSchemaTests_Postgres(ProbePostgresApp app) : MigrationSchemaTests(app), IClassFixture<ProbePostgresApp>
{
    [Fact]
    public async Task Given_postgres_When_the_host_migrated_Then_each_history_table_lives_in_its_module_schema_and_none_in_public()
    {
        foreach (var contextType in Catalog.DbContextTypes)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var schema = db.Model.GetDefaultSchema()!;
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            var history = await QueryAsync(connection, "SELECT table_schema FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'");
            var applied = await QueryAsync(connection, $"SELECT \"MigrationId\" FROM \"{schema}\".\"__EFMigrationsHistory\"");
            await db.Database.CloseConnectionAsync();
            history.Select(r => (string)r[0]!).ShouldContain(schema);
            history.Select(r => (string)r[0]!).ShouldNotContain("public");
            applied.Count.ShouldBe(db.Database.GetMigrations().Count(), contextType.Name);
        }
    }

    protected override async Task<Dictionary<string, bool>> ColumnsAsync(DbConnection connection, ITable table)
    {
        var columns = await QueryAsync(
            connection,
            "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = @schema AND table_name = @table",
            ("schema", table.Schema!),
            ("table", table.Name));
        return columns.ToDictionary(c => (string)c[0]!, c => (string)c[1]! == "YES");
    }
}

public sealed class ProbeSqliteApp : FitnessAppFactory
{
    public ProbeSqliteApp()
        : base(TestDatabase.Sqlite) => this.WithProbeModule();
}

public sealed class ProbePostgresApp : FitnessAppFactory
{
    public ProbePostgresApp()
        : base(TestDatabase.Postgres) => this.WithProbeModule();
}
