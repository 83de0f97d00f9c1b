using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shared.Data;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider: SQLite file <c>&lt;schema&gt;.db</c> in the
    /// data folder, or the PostgreSQL database with <paramref name="schema"/> as default schema. Either way
    /// the migrations history table lives in the module's schema. Also registers its readiness check.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddDbContextFactory<TContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            switch (settings.Provider)
            {
                case DatabaseProvider.Sqlite:
                    options.UseSqlite(settings.SqliteConnectionString($"{schema}.db"),
                        sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory"));

                    // SQLite has no schemas: the module's file is its schema.
                    options.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                    break;
                case DatabaseProvider.Postgres:
                    options.UseNpgsql(settings.PostgresConnectionString,
                        npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema));
                    break;
                default:
                    throw new DatabaseConfigurationException($"{DatabaseSettings.ProviderKey} '{settings.Provider}' has no DbContext setup.");
            }

            options.AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>(), sp.GetRequiredService<AfterCommitInterceptor>());

            // Migrations are written by hand (no design-time package here), so there is no model snapshot
            // to compare with; the migration test proves instead that the migrated schema matches the model.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddHealthChecks().AddDbContextCheck<TContext>($"database-{schema}", tags: ["ready"]);
        return services;
    }
}
