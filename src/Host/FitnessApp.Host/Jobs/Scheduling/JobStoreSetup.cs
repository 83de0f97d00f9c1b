using FitnessApp.Modules.Shared.Data;
using Npgsql;
using Quartz;

namespace FitnessApp.Host.Jobs.Scheduling;

/// <summary>
/// Where Quartz keeps jobs, triggers and the execution history: <c>jobs.db</c> in the data folder on
/// SQLite (one host, no clustering: Quartz refuses it there), or the <c>quartz</c> schema of the
/// PostgreSQL database, clustered, so that several hosts share one schedule and one history.
/// </summary>
internal static class JobStoreSetup
{
    public static void Configure(IPersistentStoreBuilder store, DatabaseSettings database, JobsOptions options)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                store.UseSqlite(database.SqliteConnectionString(options.SqliteFile));
                break;
            case DatabaseProvider.Postgres:
                store.UsePostgres(PostgresConnectionString(database, options));
                store.UseClustering(clustering => clustering.CheckinInterval = options.ClusterCheckinInterval);
                break;
            default:
                throw new DatabaseConfigurationException($"{DatabaseSettings.ProviderKey} '{database.Provider}' has no job store.");
        }

        store.UseSystemTextJsonSerializer();
        store.ProvisionSchema();
        store.UseExecutionHistory();
    }

    /// <summary>Quartz's tables keep their default names; the search path puts them in their own schema.</summary>
    public static string PostgresConnectionString(DatabaseSettings database, JobsOptions options) =>
        new NpgsqlConnectionStringBuilder(database.PostgresConnectionString) { SearchPath = options.PostgresSchema }.ConnectionString;
}
