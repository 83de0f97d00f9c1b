using Npgsql;

namespace FitnessApp.Benchmarks;

/// <summary>
/// A fresh PostgreSQL database for one benchmark run, created on the server <c>FITNESSAPP_TEST_POSTGRES</c> names (whose
/// own database is only used to create and drop it) and dropped when disposed, unless <c>FITNESSAPP_BENCH_KEEP=1</c>.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;

    private BenchDatabase(string server, string name, int? maxPoolSize)
    {
        _server = server;
        Name = name;
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        if (maxPoolSize is { } size)
        {
            builder.MaxPoolSize = size;
        }

        ConnectionString = builder.ConnectionString;
    }

    public string Name { get; }

    /// <summary>A connection string to this database.</summary>
    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string purpose, int? maxPoolSize = null)
    {
        var server = Environment.GetEnvironmentVariable("FITNESSAPP_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set FITNESSAPP_TEST_POSTGRES to a PostgreSQL connection string (its database is only used to create and drop the benchmark's own).");
        var database = new BenchDatabase(server, $"fitnessapp_bench_{purpose}_{Guid.NewGuid():N}", maxPoolSize);
        await ExecuteAsync(server, $"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("FITNESSAPP_BENCH_KEEP") != "1")
        {
            await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
        else
        {
            Console.WriteLine($"Kept database {Name}.");
        }
    }
}
