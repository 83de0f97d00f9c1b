using Npgsql;

namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests may create databases on, from <c>FITNESSAPP_TEST_POSTGRES</c> (an
/// admin connection string; <c>build/test.sh</c> starts a server and sets it). Without it the PostgreSQL
/// tests fail with this message rather than pass unseen.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "FITNESSAPP_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run build/test.sh (it starts PostgreSQL) or set it to an admin connection string, e.g. 'Host=127.0.0.1;Username=postgres;Password=...'.");

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>
    /// Drops a test database. A session the test role may not end (e.g. another role's) can make the
    /// drop fail for a moment: it is retried, and a database that still cannot be dropped is left behind
    /// (its name is unique to the run) rather than failing tests that passed.
    /// </summary>
    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 5)
                {
                    await Console.Error.WriteLineAsync($"Test database {name} was left behind: {exception.MessageText}");
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }
    }
}
