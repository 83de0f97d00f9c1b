using FitnessApp.Modules.Devices.Providers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class SyncedActivityConfiguration : IEntityTypeConfiguration<SyncedActivity>
{
    public void Configure(EntityTypeBuilder<SyncedActivity> synced)
    {
        synced.ToTable("SyncedActivities");
        synced.Property(s => s.Id).ValueGeneratedNever();
        synced.Property(s => s.Provider).HasMaxLength(ProviderConnection.ProviderMaxLength);
        synced.Property(s => s.ProviderActivityId).HasMaxLength(ProviderEvent.ObjectIdMaxLength);

        // One Training activity per provider activity, whatever races two events run.
        synced.HasIndex(s => new { s.Provider, s.ProviderActivityId }).IsUnique().HasDatabaseName("IX_SyncedActivities_Provider_ProviderActivityId");
        synced.HasIndex(s => new { s.AthleteId, s.Provider }).HasDatabaseName("IX_SyncedActivities_AthleteId_Provider");
    }
}
