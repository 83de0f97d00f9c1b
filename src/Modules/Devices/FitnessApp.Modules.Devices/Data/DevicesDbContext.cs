using FitnessApp.Modules.Devices.DailyMetrics;
using FitnessApp.Modules.Devices.Imports.Domain;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Registrations;
using FitnessApp.Modules.Devices.Samples;
using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Data;

/// <summary>The Devices module's tables (schema <c>devices</c>); each use case adds its entity configurations to this assembly.</summary>
internal sealed class DevicesDbContext(DbContextOptions<DevicesDbContext> options) : DbContext(options)
{
    public const string Schema = "devices";

    public DbSet<DeviceRegistration> DeviceRegistrations => Set<DeviceRegistration>();

    public DbSet<DeviceSample> DeviceSamples => Set<DeviceSample>();

    public DbSet<DeviceWorkout> DeviceWorkouts => Set<DeviceWorkout>();

    public DbSet<DailyMetric> DailyMetrics => Set<DailyMetric>();
    public DbSet<DeviceImport> Imports => Set<DeviceImport>();

    public DbSet<ImportFile> ImportFiles => Set<ImportFile>();

    public DbSet<ImportedActivity> ImportedActivities => Set<ImportedActivity>();

    public DbSet<ImportDedupeKey> ImportDedupeKeys => Set<ImportDedupeKey>();

    public DbSet<ImportBlob> ImportBlobs => Set<ImportBlob>();
    public DbSet<ProviderConnection> ProviderConnections => Set<ProviderConnection>();

    public DbSet<ProviderAuthorization> ProviderAuthorizations => Set<ProviderAuthorization>();

    public DbSet<ProviderEvent> ProviderEvents => Set<ProviderEvent>();

    public DbSet<SyncedActivity> SyncedActivities => Set<SyncedActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DevicesDbContext).Assembly);
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
