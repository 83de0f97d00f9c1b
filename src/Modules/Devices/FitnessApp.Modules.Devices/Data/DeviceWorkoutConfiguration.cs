using FitnessApp.Modules.Devices.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class DeviceWorkoutConfiguration : IEntityTypeConfiguration<DeviceWorkout>
{
    public void Configure(EntityTypeBuilder<DeviceWorkout> workout)
    {
        workout.ToTable("DeviceWorkouts");
        workout.Property(w => w.Id).ValueGeneratedNever();
        workout.HasIndex(w => new { w.DeviceId, w.Start }).IsUnique().HasDatabaseName("IX_DeviceWorkouts_DeviceId_Start");
    }
}
