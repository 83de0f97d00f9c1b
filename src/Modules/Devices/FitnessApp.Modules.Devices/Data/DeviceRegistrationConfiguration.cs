using FitnessApp.Modules.Devices.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class DeviceRegistrationConfiguration : IEntityTypeConfiguration<DeviceRegistration>
{
    public const int EnumMaxLength = 30;

    public void Configure(EntityTypeBuilder<DeviceRegistration> device)
    {
        device.ToTable("DeviceRegistrations");
        device.Property(d => d.Id).ValueGeneratedNever();
        device.Property(d => d.Kind).HasConversion<string>().HasMaxLength(EnumMaxLength);
        device.Property(d => d.Name).HasMaxLength(DeviceRegistration.NameMaxLength);
        device.Property(d => d.TokenHash).HasMaxLength(64);
        device.HasIndex(d => d.TokenHash).IsUnique().HasDatabaseName("IX_DeviceRegistrations_TokenHash");
        device.HasIndex(d => d.OwnerId).HasDatabaseName("IX_DeviceRegistrations_OwnerId");
    }
}
