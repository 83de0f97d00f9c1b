using FitnessApp.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class ActivityBestEffortConfiguration : IEntityTypeConfiguration<ActivityBestEffort>
{
    public void Configure(EntityTypeBuilder<ActivityBestEffort> effort)
    {
        effort.ToTable("ActivityBestEfforts");
        effort.Property(e => e.Id).ValueGeneratedNever();
        effort.Property(e => e.Sport).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        effort.HasOne<Activity>().WithMany().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);
        effort.HasIndex(e => e.ActivityId).HasDatabaseName("IX_ActivityBestEfforts_ActivityId");

        // Records: one athlete's fastest effort per sport and distance.
        effort.HasIndex(e => new { e.OwnerId, e.Sport, e.DistanceMeters, e.Seconds }).HasDatabaseName("IX_ActivityBestEfforts_OwnerId_Sport_DistanceMeters_Seconds");
    }
}
