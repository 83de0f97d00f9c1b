using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FitnessApp.Modules.Shared.Data;

/// <summary>
/// <c>Database:Provider</c> (Sqlite | Postgres), <c>Database:DataFolder</c> for SQLite files and
/// <c>ConnectionStrings:Postgres</c>. Read once at startup; a wrong value stops the host with a message
/// that names the setting and the value.
/// </summary>
public sealed class DatabaseSettings
{
    public const string ProviderKey = "Database:Provider";
    public const string DataFolderKey = "Database:DataFolder";
    public const string PostgresConnectionStringKey = "ConnectionStrings:Postgres";

    public required DatabaseProvider Provider { get; init; }

    /// <summary>Absolute path of the folder holding SQLite files (and other local state such as logs of jobs).</summary>
    public required string DataFolder { get; init; }

    public string? PostgresConnectionString { get; init; }

    public static DatabaseSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var providerValue = configuration[ProviderKey] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerValue, ignoreCase: true, out var provider)
            || !Enum.IsDefined(provider) || int.TryParse(providerValue, out _))
        {
            throw new DatabaseConfigurationException(
                $"{ProviderKey} has the value '{providerValue}', which is not a known provider. Use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var folder = configuration[DataFolderKey];
        var dataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? "data" : folder, environment.ContentRootPath);
        var postgres = configuration[PostgresConnectionStringKey];
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(postgres))
        {
            throw new DatabaseConfigurationException(
                $"{ProviderKey} is 'Postgres' but {PostgresConnectionStringKey} is empty. Set it (environment: ConnectionStrings__Postgres), e.g. 'Host=127.0.0.1;Database=fitnessapp;Username=fitnessapp;Password=...'.");
        }

        return new DatabaseSettings { Provider = provider, DataFolder = dataFolder, PostgresConnectionString = postgres };
    }

    /// <summary>Creates the data folder and proves it is writable, or says which setting points where.</summary>
    public void EnsureDataFolderIsWritable()
    {
        try
        {
            Directory.CreateDirectory(DataFolder);
            var probe = Path.Combine(DataFolder, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseConfigurationException(
                $"{DataFolderKey} is '{DataFolder}', which cannot be created or written to: {exception.Message}", exception);
        }
    }

    public string SqliteConnectionString(string fileName) =>
        $"Data Source={Path.Combine(DataFolder, fileName)};Pooling=True;Default Timeout=30";

    /// <summary>The connection string without its password, for messages and logs.</summary>
    public string RedactedPostgresConnectionString()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString) { Password = null };
        return builder.ConnectionString;
    }
}
