using FitnessApp.Modules.Devices.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class DeviceSampleConfiguration : IEntityTypeConfiguration<DeviceSample>
{
    public void Configure(EntityTypeBuilder<DeviceSample> sample)
    {
        sample.ToTable("DeviceSamples");
        sample.Property(s => s.Id).ValueGeneratedNever();
        sample.Property(s => s.Type).HasConversion<string>().HasMaxLength(DeviceRegistrationConfiguration.EnumMaxLength);
        sample.Property(s => s.Stage).HasConversion<string>().HasMaxLength(DeviceRegistrationConfiguration.EnumMaxLength);
        sample.HasIndex(s => new { s.DeviceId, s.Type, s.Start }).IsUnique().HasDatabaseName("IX_DeviceSamples_DeviceId_Type_Start");
        sample.HasIndex(s => new { s.OwnerId, s.Start }).HasDatabaseName("IX_DeviceSamples_OwnerId_Start");
    }
}
