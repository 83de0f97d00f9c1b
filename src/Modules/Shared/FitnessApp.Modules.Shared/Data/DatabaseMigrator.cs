using System.Net.Sockets;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FitnessApp.Modules.Shared.Data;

/// <summary>Applies every enabled module's migrations at startup, turning connection failures into clear messages.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateModulesAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            settings.EnsureDataFolderIsWritable();
        }

        foreach (var contextType in services.GetRequiredService<ModuleCatalog>().DbContextTypes)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            try
            {
                // Npgsql reads the history table before creating it, and EF logs that failed read as an error on
                // every fresh database; creating the (empty) history table first keeps the log truthful.
                var history = db.GetService<IHistoryRepository>();
                await history.CreateIfNotExistsAsync(cancellationToken);
                var appliedBefore = (await history.GetAppliedMigrationsAsync(cancellationToken)).Count;
                await db.Database.MigrateAsync(cancellationToken);
                if (settings.Provider == DatabaseProvider.Sqlite)
                {
                    // Readers do not block the writer (persistent per database file).
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }

                logger.LogInformation("Database of {Context} is up to date ({Applied} migration(s) applied)", contextType.Name, db.Database.GetMigrations().Count() - appliedBefore);
            }
            catch (Exception exception) when (IsConnectionFailure(exception))
            {
                throw new DatabaseConfigurationException(Describe(settings, contextType, exception), exception);
            }
        }
    }

    private static bool IsConnectionFailure(Exception exception) =>
        exception is NpgsqlException or SocketException or SqliteException or TimeoutException
        || exception.InnerException is NpgsqlException or SocketException or SqliteException;

    private static string Describe(DatabaseSettings settings, Type contextType, Exception exception) =>
        settings.Provider switch
        {
            DatabaseProvider.Postgres =>
                $"Cannot use the PostgreSQL database given by {DatabaseSettings.PostgresConnectionStringKey} ('{settings.RedactedPostgresConnectionString()}') for {contextType.Name}: {exception.Message}",
            _ =>
                $"Cannot open the SQLite database of {contextType.Name} in {DatabaseSettings.DataFolderKey} '{settings.DataFolder}': {exception.Message}",
        };
}
