using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Data;

internal sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public const string Schema = "training";

    public DbSet<Activity> Activities => Set<Activity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.ApplyConfiguration(new ActivityConfiguration());
        modelBuilder.ApplyConfiguration(new StrengthExerciseConfiguration());
        modelBuilder.ApplyConfiguration(new ExerciseSetConfiguration());
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
