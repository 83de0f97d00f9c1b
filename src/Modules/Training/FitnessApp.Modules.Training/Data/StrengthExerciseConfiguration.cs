using FitnessApp.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class StrengthExerciseConfiguration : IEntityTypeConfiguration<StrengthExercise>
{
    public void Configure(EntityTypeBuilder<StrengthExercise> exercise)
    {
        exercise.ToTable("StrengthExercises");
        exercise.Property(e => e.Id).ValueGeneratedNever();
        exercise.Property(e => e.Name).HasMaxLength(StrengthExercise.NameMaxLength);
        exercise.Ignore(e => e.Volume);
        exercise.HasMany(e => e.Sets).WithOne().HasForeignKey(s => s.ExerciseId).OnDelete(DeleteBehavior.Cascade);
    }
}
