using FitnessApp.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public const int EnumMaxLength = 30;

    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.ToTable("Activities");
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Sport).HasConversion<string>().HasMaxLength(EnumMaxLength);
        activity.Property(a => a.Visibility).HasConversion<string>().HasMaxLength(EnumMaxLength);
        activity.Property(a => a.Source).HasConversion<string>().HasMaxLength(EnumMaxLength);
        activity.Property(a => a.Title).HasMaxLength(Activity.TitleMaxLength);
        activity.Property(a => a.Notes).HasMaxLength(Activity.NotesMaxLength);
        activity.Property(a => a.TimeZone).HasMaxLength(Activity.TimeZoneMaxLength);
        activity.Property(a => a.TrainingLoadMethod).HasConversion<string>().HasMaxLength(EnumMaxLength);
        activity.Property(a => a.DeviceName).HasMaxLength(Activity.DeviceNameMaxLength);
        activity.Ignore(a => a.TotalVolumeKg);
        activity.Ignore(a => a.LocalStartTime);
        activity.HasMany(a => a.Exercises).WithOne().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);

        // Keyset listing: one athlete's activities by start (newest first), the id breaking ties.
        activity.HasIndex(a => new { a.OwnerId, a.StartTime, a.Id }).HasDatabaseName("IX_Activities_OwnerId_StartTime_Id");

        // Period statistics, streaks and daily loads: one athlete's activities by local date.
        activity.HasIndex(a => new { a.OwnerId, a.LocalDate }).HasDatabaseName("IX_Activities_OwnerId_LocalDate");
    }
}
