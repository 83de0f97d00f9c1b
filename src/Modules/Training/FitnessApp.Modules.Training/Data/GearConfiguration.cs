using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Gear;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class GearConfiguration : IEntityTypeConfiguration<GearItem>
{
    public const int SportsMaxLength = 400;

    public void Configure(EntityTypeBuilder<GearItem> gear)
    {
        gear.ToTable("Gear");
        gear.Property(g => g.Id).ValueGeneratedNever();
        gear.Property(g => g.Kind).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        gear.Property(g => g.Name).HasMaxLength(GearItem.NameMaxLength);
        gear.Property(g => g.Brand).HasMaxLength(GearItem.BrandMaxLength);
        gear.Property(g => g.Model).HasMaxLength(GearItem.ModelMaxLength);

        // A short list of enum names in one column ("Running,TrailRunning"): read with the gear, never queried.
        gear.Property(g => g.Sports)
            .HasConversion(
                sports => string.Join(',', sports),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Sport>).ToList(),
                new ValueComparer<List<Sport>>((a, b) => a!.SequenceEqual(b!), s => s.Aggregate(0, (h, x) => HashCode.Combine(h, x)), s => s.ToList()))
            .HasMaxLength(SportsMaxLength);
        gear.Ignore(g => g.IsRetired);
        gear.HasIndex(g => g.OwnerId).HasDatabaseName("IX_Gear_OwnerId");
    }
}
