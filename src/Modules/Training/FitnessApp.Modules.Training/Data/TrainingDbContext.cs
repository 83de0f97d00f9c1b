using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Gear;
using FitnessApp.Modules.Training.Goals;
using FitnessApp.Modules.Training.Plans.Domain;
using FitnessApp.Modules.Training.Streams;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Data;

internal sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public const string Schema = "training";

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ActivityStream> ActivityStreams => Set<ActivityStream>();

    public DbSet<GearItem> Gear => Set<GearItem>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<PlanTemplate> PlanTemplates => Set<PlanTemplate>();

    public DbSet<PlanEnrolment> PlanEnrolments => Set<PlanEnrolment>();

    public DbSet<PlannedWorkout> PlannedWorkouts => Set<PlannedWorkout>();

    public DbSet<ActivityBestEffort> ActivityBestEfforts => Set<ActivityBestEffort>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
