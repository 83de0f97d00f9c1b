using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FitnessApp.Modules.Shared.Data;

/// <summary>What every module's DbContext applies: its schema, the platform tables, key and time conventions.</summary>
public static class ModelConventions
{
    /// <summary>Call first in <c>OnModelCreating</c>.</summary>
    public static ModelBuilder UseModuleSchema(this ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.HasDefaultSchema(schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        return modelBuilder;
    }

    /// <summary>Call last in <c>OnModelCreating</c>: every single-column Guid key gets a v7 value on insert.</summary>
    public static ModelBuilder UseGuidV7Keys(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(Guid)
                && key.ValueGenerated == ValueGenerated.OnAdd)
            {
                key.SetValueGeneratorFactory((_, _) => new GuidV7ValueGenerator());
            }
        }

        return modelBuilder;
    }

    /// <summary>Call from <c>ConfigureConventions</c>.</summary>
    public static ModelConfigurationBuilder UseUtcInstants(this ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        return configurationBuilder;
    }
}
