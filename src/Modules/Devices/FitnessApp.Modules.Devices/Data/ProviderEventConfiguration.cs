using FitnessApp.Modules.Devices.Providers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class ProviderEventConfiguration : IEntityTypeConfiguration<ProviderEvent>
{
    public void Configure(EntityTypeBuilder<ProviderEvent> providerEvent)
    {
        providerEvent.ToTable("ProviderEvents");
        providerEvent.Property(e => e.Id).ValueGeneratedNever();
        providerEvent.Property(e => e.Provider).HasMaxLength(ProviderConnection.ProviderMaxLength);
        providerEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ProviderEvent.KindMaxLength);
        providerEvent.Property(e => e.ObjectId).HasMaxLength(ProviderEvent.ObjectIdMaxLength);
        providerEvent.Property(e => e.ProviderAthleteId).HasMaxLength(ProviderConnection.ProviderAthleteIdMaxLength);
        providerEvent.Property(e => e.Url).HasMaxLength(ProviderEvent.UrlMaxLength);
        providerEvent.Property(e => e.Status).HasConversion<string>().HasMaxLength(ProviderConnectionConfiguration.EnumMaxLength);
        providerEvent.Property(e => e.Error).HasMaxLength(ProviderConnection.ErrorMaxLength);
        providerEvent.HasIndex(e => new { e.Status, e.ReceivedAt }).HasDatabaseName("IX_ProviderEvents_Status_ReceivedAt");
    }
}
