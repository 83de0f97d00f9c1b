using FitnessApp.Modules.Training.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> goal)
    {
        goal.ToTable("Goals");
        goal.Property(g => g.Id).ValueGeneratedNever();
        goal.Property(g => g.Period).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        goal.Property(g => g.Metric).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        goal.Property(g => g.Sport).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        goal.Property(g => g.Title).HasMaxLength(Goal.TitleMaxLength);
        goal.HasIndex(g => g.OwnerId).HasDatabaseName("IX_Goals_OwnerId");
    }
}
