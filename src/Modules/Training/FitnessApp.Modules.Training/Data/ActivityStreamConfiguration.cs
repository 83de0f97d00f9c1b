using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class ActivityStreamConfiguration : IEntityTypeConfiguration<ActivityStream>
{
    public void Configure(EntityTypeBuilder<ActivityStream> stream)
    {
        stream.ToTable("ActivityStreams");
        stream.HasKey(s => s.ActivityId);
        stream.Property(s => s.ActivityId).ValueGeneratedNever();
        stream.Property(s => s.Channels).HasConversion<int>();
        stream.HasOne<Activity>().WithOne().HasForeignKey<ActivityStream>(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
