using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Plans.Templates;

internal static class PlanTemplateLoading
{
    public static IQueryable<PlanTemplate> Live(this TrainingDbContext db) =>
        db.PlanTemplates.Where(t => t.DeletedAt == null);

    /// <summary>A template that is not deleted, tracked, with its workouts; 404 otherwise (and for unpublished ones unless <paramref name="includeUnpublished"/>).</summary>
    public static async Task<PlanTemplate> FindTemplateAsync(this TrainingDbContext db, Guid id, bool includeUnpublished, CancellationToken cancellationToken) =>
        await db.Live().Include(t => t.Workouts)
            .SingleOrDefaultAsync(t => t.Id == id && (includeUnpublished || t.IsPublished), cancellationToken)
        ?? throw NotFound(id);

    public static NotFoundException NotFound(Guid id) => new("Plan template", id);

    /// <summary>Copies validated fields onto <paramref name="template"/>, replacing its workouts.</summary>
    public static void Apply(this PlanTemplate template, IPlanTemplateFields fields)
    {
        template.NameEn = fields.NameEn!.Trim();
        template.NameRu = fields.NameRu!.Trim();
        template.DescriptionEn = fields.DescriptionEn!.Trim();
        template.DescriptionRu = fields.DescriptionRu!.Trim();
        template.SportFocus = WireNames.Parse<Sport>(fields.SportFocus!);
        template.Level = WireNames.Parse<PlanLevel>(fields.Level!);
        template.Weeks = fields.Weeks!.Value;
        template.IsPublished = fields.Published ?? false;
        template.Workouts.Clear();
        template.Workouts.AddRange(fields.Workouts!.Select(w => new TemplateWorkout
        {
            TemplateId = template.Id,
            Week = w.Week!.Value,
            DayOfWeek = WireNames.Parse<DayOfWeek>(w.DayOfWeek!),
            Sport = WireNames.Parse<Sport>(w.Sport!),
            DurationSeconds = w.DurationSeconds,
            DistanceMeters = w.DistanceMeters,
            Intensity = WireNames.Parse<Intensity>(w.Intensity!),
            DescriptionEn = w.DescriptionEn!.Trim(),
            DescriptionRu = w.DescriptionRu!.Trim(),
        }));
    }
}
