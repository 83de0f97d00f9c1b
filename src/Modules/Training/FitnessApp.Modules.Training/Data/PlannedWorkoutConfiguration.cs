using FitnessApp.Modules.Training.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class PlannedWorkoutConfiguration : IEntityTypeConfiguration<PlannedWorkout>
{
    public void Configure(EntityTypeBuilder<PlannedWorkout> workout)
    {
        workout.ToTable("PlannedWorkouts");
        workout.Property(w => w.Id).ValueGeneratedNever();
        workout.Property(w => w.Sport).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        workout.Property(w => w.Intensity).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        workout.Property(w => w.DescriptionEn).HasMaxLength(TemplateWorkout.DescriptionMaxLength);
        workout.Property(w => w.DescriptionRu).HasMaxLength(TemplateWorkout.DescriptionMaxLength);
        workout.Ignore(w => w.IsRest);

        // The calendar and completion read one athlete's workouts by date; completion also finds the one an activity completed.
        workout.HasIndex(w => new { w.AthleteId, w.Date }).HasDatabaseName("IX_PlannedWorkouts_AthleteId_Date");
        workout.HasIndex(w => w.CompletedByActivityId).HasDatabaseName("IX_PlannedWorkouts_CompletedByActivityId");
    }
}
