using FitnessApp.Modules.Devices.Providers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class ProviderConnectionConfiguration : IEntityTypeConfiguration<ProviderConnection>
{
    public const int EnumMaxLength = 30;

    public void Configure(EntityTypeBuilder<ProviderConnection> connection)
    {
        connection.ToTable("ProviderConnections");
        connection.Property(c => c.Id).ValueGeneratedNever();
        connection.Property(c => c.Provider).HasMaxLength(ProviderConnection.ProviderMaxLength);
        connection.Property(c => c.ProviderAthleteId).HasMaxLength(ProviderConnection.ProviderAthleteIdMaxLength);
        connection.Property(c => c.ProtectedAccessToken).HasMaxLength(ProviderConnection.TokenMaxLength);
        connection.Property(c => c.ProtectedRefreshToken).HasMaxLength(ProviderConnection.TokenMaxLength);
        connection.Property(c => c.Scope).HasMaxLength(ProviderConnection.ScopeMaxLength);
        connection.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        connection.Property(c => c.LastError).HasMaxLength(ProviderConnection.ErrorMaxLength);
        connection.Ignore(c => c.IsActive);
        connection.HasIndex(c => new { c.AthleteId, c.Provider }).IsUnique().HasDatabaseName("IX_ProviderConnections_AthleteId_Provider");

        // Webhook events name the provider's athlete id.
        connection.HasIndex(c => new { c.Provider, c.ProviderAthleteId }).HasDatabaseName("IX_ProviderConnections_Provider_ProviderAthleteId");
    }
}
