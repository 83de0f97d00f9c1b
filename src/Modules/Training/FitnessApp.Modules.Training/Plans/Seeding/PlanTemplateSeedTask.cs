using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Training.Plans.Seeding;

/// <summary>
/// Adds the seeded plans that are missing, at every start (not only for demos). A seeded plan that operators edited
/// or deleted (kept hidden) is left as it is.
/// </summary>
internal sealed class PlanTemplateSeedTask(TrainingDbContext db, TimeProvider clock, ILogger<PlanTemplateSeedTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var seeds = SeededPlans.All(now).ToList();
        var ids = seeds.Select(s => s.Id).ToList();
        var existing = await db.PlanTemplates.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var missing = seeds.Where(s => !existing.Contains(s.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.PlanTemplates.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} training plan templates", missing.Count);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another host seeded them at the same moment.
            db.ChangeTracker.Clear();
        }
    }
}
