using FitnessApp.Modules.Shared.Data;
using Npgsql;

namespace FitnessApp.Host.Jobs.Scheduling;

/// <summary>
/// Creates the PostgreSQL schema Quartz's tables live in; Quartz provisions the tables but not the
/// schema. Nothing to do on SQLite, whose file is created on first use.
/// </summary>
internal static class JobStoreSchema
{
    private const string DuplicateSchema = "42P06";
    private const string UniqueViolation = "23505";

    public static async Task EnsureExistsAsync(DatabaseSettings database, JobsOptions options, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(database.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{options.PostgresSchema}\"", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is DuplicateSchema or UniqueViolation)
        {
            // Another host created it at the same moment.
        }
    }
}
