using FitnessApp.Modules.Devices.Providers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class ProviderAuthorizationConfiguration : IEntityTypeConfiguration<ProviderAuthorization>
{
    public void Configure(EntityTypeBuilder<ProviderAuthorization> authorization)
    {
        authorization.ToTable("ProviderAuthorizations");
        authorization.Property(a => a.Id).ValueGeneratedNever();
        authorization.Property(a => a.State).HasMaxLength(ProviderAuthorization.StateMaxLength);
        authorization.Property(a => a.Provider).HasMaxLength(ProviderConnection.ProviderMaxLength);
        authorization.Property(a => a.ProtectedCodeVerifier).HasMaxLength(ProviderAuthorization.VerifierMaxLength);
        authorization.Property(a => a.RedirectUri).HasMaxLength(ProviderAuthorization.RedirectUriMaxLength);
        authorization.HasIndex(a => a.State).IsUnique().HasDatabaseName("IX_ProviderAuthorizations_State");
    }
}
