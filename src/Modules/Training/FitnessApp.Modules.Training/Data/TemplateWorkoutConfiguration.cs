using FitnessApp.Modules.Training.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class TemplateWorkoutConfiguration : IEntityTypeConfiguration<TemplateWorkout>
{
    public void Configure(EntityTypeBuilder<TemplateWorkout> workout)
    {
        workout.ToTable("PlanTemplateWorkouts");
        workout.Property(w => w.Id).ValueGeneratedNever();
        workout.Property(w => w.DayOfWeek).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        workout.Property(w => w.Sport).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        workout.Property(w => w.Intensity).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        workout.Property(w => w.DescriptionEn).HasMaxLength(TemplateWorkout.DescriptionMaxLength);
        workout.Property(w => w.DescriptionRu).HasMaxLength(TemplateWorkout.DescriptionMaxLength);
    }
}
