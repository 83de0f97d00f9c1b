using FitnessApp.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class ExerciseSetConfiguration : IEntityTypeConfiguration<ExerciseSet>
{
    public void Configure(EntityTypeBuilder<ExerciseSet> set)
    {
        set.ToTable("ExerciseSets");
        set.Property(s => s.Id).ValueGeneratedNever();
        set.Ignore(s => s.Volume);
    }
}
